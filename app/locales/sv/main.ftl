# insyn – svenska texter (standardspråk och reserv). Varje id finns i varje språks fil (testet i app/src/i18n.rs).

site-name = insyn
site-name-long = insyn – dina rättigheter i de nationella kvalitetsregistren
site-tagline = Dina uppgifter i kvalitetsregistren
skip-to-content = Hoppa till innehållet
nav-label = Huvudmeny
nav-home = Start
nav-registers = Register
lang-switch-label = Språk
breadcrumbs-label = Du är här
loading = Hämtar …

footer-about = insyn är en e-tjänst för patienter i de nationella kvalitetsregistren. Här kan du se var du är registrerad, få en kopia av dina uppgifter och använda dina rättigheter.
footer-not-decision-support = Kvalitetsregistren används för att utveckla och säkra vårdens kvalitet. De är inte beslutsstöd: inget i insyn påverkar din enskilda vård.
footer-complain = Tycker du att dina personuppgifter hanteras fel kan du klaga hos
footer-imy = Integritetsskyddsmyndigheten (IMY)

error-code = Fel { $status }
error-not-found-title = Sidan finns inte
error-not-found-body = Vi hittar inte det du letar efter. Kontrollera adressen, eller börja om från startsidan.
error-unavailable-title = Tjänsten är inte tillgänglig just nu
error-unavailable-body = Vi kan inte nå våra uppgifter för tillfället. Ingenting har ändrats. Försök igen om en stund.
error-internal-title = Något gick fel
error-internal-body = Ett oväntat fel uppstod hos oss. Ingenting har ändrats. Försök igen, och kontakta registret om felet finns kvar.
error-back-home = Till startsidan

home-title = Start
home-heading = Dina uppgifter i de nationella kvalitetsregistren
home-lead = Med insyn ser du i vilka kvalitetsregister du finns, vad som står om dig och vem som har tittat på dina uppgifter – och du kan använda dina rättigheter direkt, utan pappersblanketter.
me-heading-acting = Register för { $name }
me-lead-acting = Här ser du alla nationella kvalitetsregister i insyn och om { $name } är registrerad i dem.
home-what = Nationella kvalitetsregister samlar uppgifter om vård och behandling för att vården ska kunna följa upp och förbättra sina resultat. Du har rätt att veta vad som registreras om dig, och du kan när som helst säga nej till att vara med.
home-see-registers = Se vilka register som finns

rights-heading = Dina rättigheter
rights-intro = Det här kan du göra i insyn. Du loggar in med e-legitimation.
right-know-title = Veta om du är registrerad
right-know-body = Se i vilka register du finns, vad registret är till för, vem som ansvarar för det och hur länge uppgifterna sparas.
right-copy-title = Få en kopia av dina uppgifter
right-copy-body = Ladda ner dina uppgifter kostnadsfritt, som ett registerutdrag i PDF och i ett maskinläsbart format (JSON).
right-correct-title = Få fel rättade
right-correct-body = Begär att en felaktig eller ofullständig uppgift rättas eller kompletteras. Den gamla versionen finns kvar i historiken.
right-restrict-title = Begränsa behandlingen
right-restrict-body = Begär att dina uppgifter bara ska lagras, inte användas i statistik eller lämnas ut, till exempel medan en rättelse utreds.
right-erase-title = Avregistrera dig eller säga nej i förväg
right-erase-body = Begär att dina uppgifter tas bort ur ett register och att du inte registreras igen, eller säg nej innan några uppgifter finns (Nej-blanketten, digitalt).
right-access-log-title = Se vem som har tittat
right-access-log-body = Se vilken vårdenhet som har tagit del av dina uppgifter, när, på vilket sätt och varför – och fråga om en åtkomst du inte känner igen.
right-complain-title = Klaga
right-complain-body = Om du inte är nöjd med hur registret hanterar dina uppgifter kan du klaga hos Integritetsskyddsmyndigheten (IMY).

deadline-heading = Svar inom en månad
deadline-body = Varje begäran får ett ärendenummer och ett kvitto. Registret ska svara inom en månad. Tiden kan förlängas en gång med högst två månader, och då får du veta varför. Du ser hela tiden hur många dagar som är kvar.

registers-title = Register
registers-heading = Register i insyn
registers-lead = Här är alla kvalitetsregister som finns i insyn. Välj ett register för att läsa vad det är till för och vem som ansvarar för det.
registers-filter-label = Sök register
registers-filter-hint = Sök på namn, förkortning eller ämne.
registers-filter-submit = Sök
registers-filter-none = Inga register matchar din sökning.
register-count = { $count ->
    [one] { $count } register
   *[other] { $count } register
}

register-purpose = Ändamål
register-controller = Personuppgiftsansvarig
register-holder = Registerhållare
register-retention = Lagringstid
register-contact = Kontakt
register-dpo = Dataskyddsombud
register-website = Webbplats
register-rights-heading = Dina rättigheter i det här registret
register-rights-body = Du har rätt att få veta om du är registrerad, få en kopia av dina uppgifter, få fel rättade, begära begränsning, bli borttagen och se vem som har tagit del av uppgifterna. Deltagandet är frivilligt: du kan när som helst säga nej.
register-not-decision-support = Registret används för uppföljning och förbättring av vården, inte som beslutsstöd i din enskilda vård.

nav-my-registers = Mina register
nav-staff = Personalstart
nav-my-requests = Mina ärenden
nav-my-log = Min logg
sign-in = Logga in
sign-out = Logga ut
sign-in-again = Logga in igen
error-sign-in-title = Du behöver logga in
error-sign-in-body = Sidan visar dina egna uppgifter, så du behöver först logga in med din e-legitimation.
error-forbidden-title = Sidan är inte för dig
error-forbidden-body = Du är inloggad, men sidan hör till en annan del av insyn. Patienter och registrens personal har var sina sidor.

session-notice = För din säkerhet loggas du ut efter { $minutes } minuter utan aktivitet.
session-warning = Du loggas ut om { $left } eftersom du inte har varit aktiv.
session-stay = Fortsätt vara inloggad
session-ended = Du har loggats ut eftersom du inte har varit aktiv.

me-title = Mina register
me-heading = Välkommen, { $name }
me-lead = Här ser du alla nationella kvalitetsregister i insyn och om du är registrerad i dem. Välj ett register för att läsa vad det är till för och vem som ansvarar.
me-registers-heading = Mina register
me-status-registered = Registrerad sedan { $since }
me-status-restricted = Registrerad sedan { $since } – behandlingen är begränsad
me-status-not-registered = Inte registrerad

staff-title = Personalstart
staff-heading = Välkommen, { $name }
staff-lead = Du är inloggad som registerpersonal med HSA-id { $hsa_id }.
staff-registers-heading = Dina register

signin-error-title = Inloggningen misslyckades
signin-nothing-created = Du har inte loggats in, och ingenting har sparats.
signin-try-again = Försök igen
signin-unavailable-title = Inloggningen fungerar inte just nu
signin-unavailable-body = Vi når inte e-legitimationstjänsten för tillfället. Försök igen om en stund.
signin-expired-title = Inloggningen tog för lång tid eller avbröts
signin-expired-body = Inloggningen måste göras klart i samma webbläsare, inom tio minuter, och kan bara användas en gång. Börja om.
signin-cancelled-title = Du avbröt inloggningen
signin-cancelled-body = Inloggningen avbröts hos e-legitimationstjänsten. Du kan börja om när du vill.
signin-refused-title = Inloggningen kunde inte kontrolleras
signin-refused-body = Svaret från e-legitimationstjänsten klarade inte våra säkerhetskontroller. Börja om; händer det igen, kontakta registret.
signin-assurance-title = Din e-legitimation räcker inte för insyn
signin-assurance-body = insyn visar hälsouppgifter och kräver en e-legitimation på tillitsnivå 3, till exempel BankID eller Freja+.
signin-two-factor-title = Två faktorer krävs
signin-two-factor-body = Registrens personal måste logga in med två faktorer, till exempel SITHS-kort och PIN-kod.
signin-identity-title = Din identitet kunde inte läsas
signin-identity-body = E-legitimationstjänsten gav inget giltigt svenskt personnummer (eller HSA-id). Kontakta e-legitimationstjänstens support.
signin-unknown-staff-title = Du finns inte som registerpersonal
signin-unknown-staff-body = Ditt HSA-id finns inte bland personalen för något register i insyn. Kontakta ditt registers koordinator för att bli tillagd.

me-download-pdf = Hämta registerutdrag (PDF)
me-download-json = Hämta alla uppgifter (JSON)
me-record-count = { $count ->
    [one] 1 post
   *[other] { $count } poster
}
me-latest-change = senast ändrad { $on }
me-see-data = Se dina uppgifter
me-about-register = Om registret

data-about-register = Om registret: ändamål, ansvariga och lagringstid
data-downloads-heading = Din kopia
data-downloads-body = Du har rätt till en kostnadsfri kopia av dina uppgifter. Registerutdraget är en PDF att läsa och spara; JSON-filen är samma uppgifter i ett maskinläsbart format som du kan ta med dig.
data-download-pdf = Registerutdrag (PDF)
data-download-json = Uppgifter (JSON)
data-records-heading = { $count ->
    [one] 1 registrerad post
   *[other] { $count } registrerade poster
}
data-no-records = Registret har inga poster om dig ännu.
data-not-registered = Du är inte registrerad i det här registret.
data-reported-by = rapporterad av { $unit }
data-corrected = Rättad { $on }
data-pages-label = Sidor
data-page-of = Sida { $page } av { $pages }
data-previous = Föregående sida
data-next = Nästa sida

pdf-title = Registerutdrag
pdf-personnummer = Personnummer
pdf-generated = Skapat
pdf-reference = Referens
pdf-reference-explained = Utdraget finns registrerat i din åtkomstlogg med referensen ovan. Du har rätt till en kostnadsfri kopia av dina uppgifter (dataskyddsförordningen artikel 15).
pdf-registers-included = Register i utdraget
pdf-no-registers = Du är inte registrerad i något av registren i insyn.
pdf-rights = Är något fel eller saknas kan du begära rättelse i insyn. Du kan också begära att behandlingen begränsas, att uppgifterna raderas eller att du inte registreras. Tycker du att dina uppgifter hanteras fel kan du klaga hos Integritetsskyddsmyndigheten (IMY).
pdf-registered-since = Registrerad sedan { $date }
pdf-restricted = Behandlingen av dina uppgifter är begränsad (dataskyddsförordningen artikel 18).
pdf-no-records = Registret har inga poster om dig.
pdf-corrected = Rättad
pdf-col-date = Datum
pdf-col-care-unit = Vårdenhet
pdf-col-values = Uppgifter
pdf-access-log = Åtkomstlogg
pdf-access-log-explained = Vilka som har tagit del av dina uppgifter och när, äldst först. "Du själv" är dina egna visningar och nedladdningar i insyn.
pdf-col-time = Tid (UTC)
pdf-col-register = Register
pdf-col-who = Vem
pdf-col-kind = Typ
pdf-col-reason = Skäl
pdf-actor-patient = Du själv (insyn)
pdf-actor-staff = Registrets personal
pdf-kind-read = Läsning
pdf-kind-export = Utlämnande av kopia
pdf-kind-correction = Rättelse
pdf-kind-disclosure_research = Utlämnande för forskning
pdf-kind-disclosure_statistics = Utlämnande för statistik
pdf-none = Inga.
pdf-requests = Dina ärenden
pdf-col-reference = Referens
pdf-col-request = Ärende
pdf-col-status = Status
pdf-col-received = Inkom
pdf-col-due = Ska vara klart
pdf-footer = Registerutdrag från insyn · referens { $reference } · sida { $page } av { $pages }
pdf-receipt-title = Kvitto
pdf-receipt-extended = Tiden förlängd
pdf-receipt-decided = Avgjord
pdf-receipt-decision = Beslut
pdf-receipt-col-field = Uppgift
pdf-receipt-col-value = Innehåll
pdf-receipt-note = Anteckning
pdf-receipt-deadline = Registret ska svara inom en månad. Tiden kan förlängas en gång med högst två månader om registret säger varför (dataskyddsförordningen artikel 12.3). Du följer ärendet under Mina ärenden i insyn.
pdf-receipt-complain = Är du inte nöjd med beslutet kan du klaga hos Integritetsskyddsmyndigheten (IMY), www.imy.se.
pdf-receipt-footer = Kvitto från insyn · referens { $reference } · sida { $page } av { $pages }
receipt-pdf = Spara kvittot (PDF)

me-status-opted-out = Avregistrerad – du ska inte registreras här
me-use-rights = Dina rättigheter
me-opt-out = Jag vill inte registreras
rights-in-register-heading = Dina rättigheter i registret
my-requests-link = Mina ärenden
request-correction-link = Begär rättelse eller komplettering
request-restriction-link = Begär begränsning av behandlingen
request-erasure-link = Begär radering och avregistrering
request-opt_out-link = Jag vill inte registreras (nej-blanketten)
request-access_inquiry-link = Fråga varför någon tog del av dina uppgifter

request-correction-title = Rättelse eller komplettering
request-correction-lead = Berätta vad som är fel eller saknas i dina uppgifter, så rättar registret det.
request-correction-consequence = Registrets personal granskar din begäran. Blir uppgifterna rättade ser du det rättade värdet och att posten är rättad; den gamla versionen sparas i postens historik.
request-correction-confirm = Jag vill att registret rättar eller kompletterar mina uppgifter enligt ovan.
request-restriction-title = Begränsning av behandlingen
request-restriction-lead = Du kan begära att dina uppgifter bara får lagras, men inte användas, medan något utreds.
request-restriction-consequence = Beviljas begäran lagras dina uppgifter men lämnas utanför all statistik, forskning och alla uttag, tills begränsningen hävs. Du får veta innan den hävs.
request-restriction-confirm = Jag vill att behandlingen av mina uppgifter begränsas av det skäl jag valt.
request-erasure-title = Radering och avregistrering
request-erasure-lead = Du kan när som helst begära att dina uppgifter raderas ur registret och att du inte registreras igen.
request-erasure-consequence = Alla dina poster och din registrering i registret raderas. Kvar finns bara en anteckning utan hälsouppgifter om att du inte ska registreras, så att nya uppgifter om dig inte tas emot. Raderingen går inte att ångra. Din vård påverkas inte.
request-erasure-confirm = Jag förstår att raderingen inte går att ångra och vill inte vara med i registret.
request-opt_out-title = Jag vill inte registreras
request-opt_out-lead = Du kan säga nej till registret innan några uppgifter om dig finns där (nej-blanketten, digitalt).
request-opt_out-consequence = En anteckning utan hälsouppgifter sparas om att du inte ska registreras. Uppgifter om dig tas sedan inte emot av registret. Din vård påverkas inte.
request-opt_out-confirm = Jag vill inte registreras i det här registret.
request-access_inquiry-title = Fråga om en åtkomst
request-what-happens = Vad händer?
request-deadline-explained = Registret ska svara inom en månad. Om det behövs kan tiden förlängas en gång med högst två månader; då får du veta varför.
request-send = Skicka begäran
request-already-open = Du har redan ett öppet ärende av det här slaget för registret.
request-see = Se ärende { $reference }
request-opt-out-registered = Du är redan registrerad här. Vill du inte vara med, begär radering och avregistrering i stället.
request-already-opted-out = Du är avregistrerad från det här registret.

form-errors-title = Något behöver rättas i formuläret
form-optional = (frivilligt)
form-record = Vilken post gäller det?
form-record-missing = Något saknas helt
form-field = Vilken uppgift gäller det?
form-field-hint = Till exempel "Antal återförda embryon". Lämna tomt om det gäller hela posten.
form-problem = Vad är fel eller saknas?
form-problem-hint = Beskriv med egna ord, minst 10 tecken.
form-proposed = Vad borde det stå?
form-ground = Varför vill du begränsa behandlingen?
form-explanation = Berätta mer
form-confirm-required = Kryssa i rutan för att bekräfta din begäran.
form-problem-required = Beskriv vad som är fel eller saknas.
form-problem-too-short = Beskriv lite utförligare, minst 10 tecken.
form-control-characters = Texten innehåller osynliga styrtecken som inte kan sparas. Ta bort dem och försök igen.
form-too-long = Texten är för lång, högst 2 000 tecken.
form-too-long-short = Texten är för lång, högst 300 tecken.
form-ground-required = Välj ett av skälen.
form-kind-unknown = Den här sortens begäran görs inte här.
ground-accuracy = Jag anser att uppgifterna är felaktiga, och vill att de inte används medan det kontrolleras.
ground-unlawful = Behandlingen är olaglig, men jag vill att uppgifterna sparas i stället för att raderas.
ground-legal_claims = Jag behöver uppgifterna för att kunna göra gällande ett rättsligt anspråk.
ground-objection = Jag har invänt mot behandlingen och vill att den begränsas medan invändningen prövas.

my-requests-title = Mina ärenden
my-requests-lead = Här ser du alla dina begäranden, var de står och när registret senast ska svara.
my-requests-none = Du har inga ärenden.
status-received = Mottagen
status-in_progress = Handläggs
status-extended = Handläggs, tiden förlängd
status-completed = Klar
status-rejected = Avslagen
clock-days-left = Ska vara klar senast { $due } ({ $days ->
    [one] 1 dag kvar
   *[other] { $days } dagar kvar
})
clock-overdue = Skulle ha varit klar { $due } ({ $days ->
    [one] 1 dag sen
   *[other] { $days } dagar sen
})
clock-decided = Avgjord { $on }
clock-extended = Tiden förlängdes: { $reason }
receipt-lead = Din begäran är mottagen. Spara referensen om du vill kontakta registret.
receipt-reference = Referens
receipt-register = Register
receipt-received = Mottagen
receipt-due = Ska vara klar senast
receipt-timeline = Händelser
receipt-decision = Beslut: { $reason }
receipt-complain = Är du inte nöjd med beslutet kan du klaga hos
request-details = Din begäran
request-details-erased = Det du skrev raderades tillsammans med dina uppgifter i registret.

queue-title = Ärendekö
queue-open-link = Till ärendekön
queue-empty = Inga ärenden matchar.
queue-due = Ska vara klart
queue-reference = Referens
queue-register = Register
queue-kind = Ärende
queue-status = Status
queue-received = Inkom
queue-all = Alla
queue-open = Alla öppna
queue-filter = Visa
queue-next = Nästa sida
queue-overdue = { $days ->
    [one] försenat 1 dag
   *[other] försenat { $days } dagar
}
queue-nearly-due = { $days ->
    [0] förfaller i dag
    [one] 1 dag kvar
   *[other] { $days } dagar kvar
}
case-patient = Patient
case-data = { $count ->
    [one] Patientens uppgifter i registret: 1 post
   *[other] Patientens uppgifter i registret: { $count } poster
}
case-data-logged = Att du ser uppgifterna registreras i patientens åtkomstlogg, med ärendets referens som skäl.
status-restriction_lifted = Begränsningen hävdes
case-actions = Handlägg ärendet
case-take = Ta ärendet
case-take-lead = Ta ärendet för att visa patienten att det handläggs.
case-complete = Avsluta
case-complete-correction-lead = Välj uppgiften som ska rättas och skriv det nya värdet. Den gamla versionen sparas i postens historik och patienten ser att uppgiften är rättad. Gäller det något som ska rättas i registrets eget system, välj ingen uppgift och skriv vad som har gjorts.
case-complete-correction-button = Rätta och avsluta
case-complete-restriction-lead = Registreringen blir begränsad: uppgifterna sparas men används inte i statistik, uttag eller utlämnanden tills begränsningen hävs.
case-complete-restriction-button = Begränsa och avsluta
case-complete-erasure-lead = Patientens alla poster och registreringen i registret raderas, och en spärr läggs in så att personen inte registreras igen. Det går inte att ångra. Ärendet behåller bara det som visar att raderingen är gjord.
case-complete-erasure-button = Radera och avsluta
case-complete-opt_out-lead = En spärr läggs in så att personen inte registreras i registret. Spärren innehåller inga hälsouppgifter.
case-complete-opt_out-button = Lägg in spärren och avsluta
case-complete-access_inquiry-lead = Svara patienten om varför uppgifterna lästes.
case-complete-access_inquiry-button = Svara och avsluta
case-confirm-erasure-label = Jag har kontrollerat att det är rätt person och register, och att uppgifterna ska raderas.
case-target = Uppgift att rätta
case-target-none = Ingen uppgift här (rättat i registrets system)
case-value = Nytt värde
case-value-hint = Datum skrivs ÅÅÅÅ-MM-DD, ja/nej som ja eller nej, decimaltal med komma eller punkt, koder med sin kod.
case-note = Meddelande till patienten
case-note-hint = Visas i patientens ärende. Skriv inga hälsouppgifter som inte behövs.
case-extend = Förläng tiden
case-extend-lead = Tiden kan förlängas en gång, med högst två månader, om ärendet är komplicerat eller ärendena många. Patienten ser skälet.
case-months = Förläng med
case-months-option = { $months ->
    [one] 1 månad
   *[other] { $months } månader
}
case-extension-reason = Skäl till förlängningen
case-extend-button = Förläng
case-reject = Avslå
case-reject-lead = Patienten ser skälet och hur man klagar hos Integritetsskyddsmyndigheten.
case-rejection-reason = Skäl till avslaget
case-reject-button = Avslå begäran
case-lift = Häv begränsningen
case-lift-lead = Registreringen blir aktiv igen och uppgifterna används som vanligt. Patienten ser skälet.
case-lift-reason = Skäl till att begränsningen hävs
case-lift-button = Häv begränsningen
case-months-required = Välj en eller två månader.
case-reason-required = Skriv ett skäl.
case-target-unknown = Välj en av patientens uppgifter i listan.
case-value-required = Skriv det nya värdet.
case-note-required = Välj en uppgift att rätta, eller skriv vad som har gjorts.
case-value-integer = Skriv ett heltal.
case-value-decimal = Skriv ett tal, till exempel 2,5.
case-value-date = Skriv ett datum som ÅÅÅÅ-MM-DD.
case-value-boolean = Skriv ja eller nej.
case-value-code = Skriv en av fältets koder, så som de står i registrets innehållsbeskrivning.
case-already-extended = Tiden har redan förlängts en gång.
case-not-registered = Patienten är inte längre registrerad i registret.
case-registered = Patienten är registrerad i registret: en spärr gäller bara före registrering. Avslå, eller be patienten begära radering.
case-confirm-erasure = Bekräfta att uppgifterna ska raderas.
case-closed = Ärendet är redan avgjort.

mail-greeting = Hej!
mail-received-subject = Vi har tagit emot din begäran
mail-received-line = Din begäran med referens { $reference } har tagits emot.
mail-in_progress-subject = Din begäran handläggs
mail-in_progress-line = Din begäran med referens { $reference } handläggs nu.
mail-extended-subject = Tiden för din begäran har förlängts
mail-extended-line = Registret har förlängt tiden för din begäran med referens { $reference }. Skälet står i ärendet.
mail-completed-subject = Din begäran är klar
mail-completed-line = Din begäran med referens { $reference } är klar.
mail-rejected-subject = Din begäran har avslagits
mail-rejected-line = Din begäran med referens { $reference } har avslagits. Skälet, och hur du kan klaga, står i ärendet.
mail-restriction_lifted-subject = Ett av dina ärenden har uppdaterats
mail-restriction_lifted-line = Ditt ärende med referens { $reference } har uppdaterats.
mail-see-portal = Logga in i insyn för att se ärendet: { $link }
mail-no-reply = Det här brevet går inte att svara på. Av säkerhetsskäl står inga uppgifter om din hälsa i e-post.
mail-confirm-subject = Bekräfta din e-postadress för insyn
mail-confirm-line = Du har angett den här adressen för aviseringar från insyn. Bekräfta den genom att öppna länken, som gäller i 24 timmar: { $link }
mail-confirm-ignore = Har du inte angett adressen kan du strunta i det här brevet.
mail-staff-new-subject = Nytt ärende i kön för { $register }
mail-staff-new-line = Ett nytt ärende har kommit till kön för { $register }: { $link }
mail-staff-digest-subject = { $count ->
    [one] 1 ärende i { $register } ska vara klart inom en vecka
   *[other] { $count } ärenden i { $register } ska vara klara inom en vecka
}
mail-staff-digest-line = { $count ->
    [one] 1 öppet ärende i { $register } ska vara klart inom 7 dagar eller är försenat: { $link }
   *[other] { $count } öppna ärenden i { $register } ska vara klara inom 7 dagar eller är försenade: { $link }
}

notices-title = E-post om dina ärenden
notices-none = Vill du få ett mejl när något händer i dina ärenden? Ange din adress. Mejlen säger bara att något har hänt, aldrig vad ärendet gäller.
notices-unconfirmed = Vi har skickat en länk till { $email }. Öppna den för att börja få mejl.
notices-confirmed = Du får mejl till { $email } när något händer i dina ärenden.
notices-email = E-postadress
notices-hint = Till exempel namn@exempel.se.
notices-save = Spara adressen
notices-remove = Ta bort adressen
notices-saved = Adressen är sparad. Öppna länken i mejlet vi skickade för att bekräfta den.
notices-removed = Adressen är borttagen. Du får inga fler mejl.
notices-confirmed-now = Adressen är bekräftad.
notices-link-invalid = Länken gäller inte längre. Spara adressen igen för att få en ny.
notices-email-invalid = Skriv en e-postadress, till exempel namn@exempel.se.
notices-already-sent = Vi har redan skickat en länk till den adressen. Den gäller i 24 timmar: titta i din inkorg, och i skräpposten.
notices-unchanged = Det är redan din bekräftade adress. Inget har ändrats.
notices-email-too-many = Vi har skickat för många bekräftelsemejl i dag. Försök igen i morgon.

## The access log
me-see-log = Vem har tagit del av mina uppgifter?
log-title = Vem har tagit del av mina uppgifter
log-lead = Här ser du när vårdenheter och registrets personal har läst, lämnat ut eller rättat dina uppgifter i kvalitetsregistren – de nyaste först. Loggen kan inte ändras i efterhand.
log-tabs-label = Vems åtkomster
log-tab-others = Vården och registren
log-tab-own = Dina egna visningar och nedladdningar
log-register = Register
log-care-unit = Vårdenhet
log-all = Alla
log-from = Från och med
log-to = Till och med
log-filter = Visa
log-clear = Visa alla
log-download-csv = Hämta loggen (CSV)
log-download-json = Hämta loggen (JSON)
log-empty = Här finns inga åtkomster ännu.
log-empty-filtered = Inga åtkomster passar det du valt.
log-when = När
log-who = Vem
log-kind = Åtkomst
log-reason = Angivet skäl
log-no-reason = Inget skäl angivet
log-next = Äldre åtkomster
log-who-staff = Personal vid { $register }
log-who-you = Du själv
log-who-unknown-unit = Okänd vårdenhet
log-kinds-heading = Vad betyder de olika åtkomsterna?
log-kind-read = Läsning
log-kind-read-help = Någon läste dina uppgifter, till exempel inför en behandling, för att följa upp vården eller för att handlägga ett ärende du skickat.
log-kind-export = Uttag
log-kind-export-help = Dina uppgifter togs ut ur registret, till exempel som utdrag eller kopia – också när du själv hämtade dem.
log-kind-correction = Rättelse
log-kind-correction-help = En uppgift om dig ändrades. Den gamla uppgiften finns kvar i registret och syns i ditt utdrag.
log-kind-disclosure_research = Utlämnande för forskning
log-kind-disclosure_research-help = Uppgifter lämnades ut till ett forskningsprojekt som har etikprövningstillstånd.
log-kind-disclosure_statistics = Utlämnande för statistik
log-kind-disclosure_statistics-help = Uppgifter lämnades ut för att ta fram statistik, till exempel om vårdens resultat.
log-kept = Loggen sparas i minst fem år, också om du får dina uppgifter raderade ur registret (HSLF-FS 2016:40).
log-ask-why = Fråga varför
inquiry-lead = Undrar du varför någon tog del av dina uppgifter? Skriv din fråga, så svarar registrets personal. Åtkomsten nedan skickas med.
inquiry-question = Din fråga
inquiry-question-hint = Till exempel: Jag har inte haft kontakt med den här mottagningen – varför läste de mina uppgifter?
inquiry-send = Skicka frågan
inquiry-consequence = Frågan hamnar hos personalen för registret, som tar reda på varför uppgifterna lästes och svarar dig. Frågan och svaret sparas i ditt ärende.
inquiry-already-open = Du har redan frågat om den här åtkomsten, och frågan är öppen. Du kan följa den här:
inquiry-entry = Åtkomst
form-question-required = Skriv din fråga.
form-question-short = Skriv lite mer, minst 10 tecken, så att personalen förstår vad du undrar.
case-answer-required = Skriv svaret till patienten.

# Refusals and failures of the plain forms and downloads (server/src/http/error.rs)
web-patient-only = Det här är bara för patienten själv.
web-staff-only = Det här är bara för registrets personal.
web-not-found = Det finns inget här med det namnet.
web-no-such-request = Det finns inget sådant ärende.
web-no-data-in-register = Det finns inga uppgifter om dig i det registret.
web-case-decided = Ärendet är redan avgjort, eller ändrades av någon annan just nu. Ladda om ärendet.
web-unknown-action = Okänd åtgärd.
web-unknown-language = Okänt språk.
web-form-too-large = Formuläret är för stort.
web-form-token = Formuläret kunde inte kontrolleras. Ladda om sidan och försök igen.
web-cross-site = Begäran kom från en annan webbplats och har inte utförts.
web-too-many-sign-ins = För många inloggningsförsök. Vänta en stund och försök igen.
web-request-not-saved = Begäran kunde inte sparas just nu. Ingenting har skickats. Försök igen.
web-action-not-saved = Åtgärden kunde inte sparas just nu. Ingenting har ändrats. Försök igen.
web-address-not-saved = Adressen kunde inte sparas just nu. Försök igen.
web-sign-out-failed = Utloggningen kunde inte göras just nu. Försök igen.
web-copy-unavailable = Kopian kan inte skapas just nu. Försök igen om en stund.
web-document-unavailable = Dokumentet kan inte skapas just nu. Försök igen om en stund.
web-extract-unavailable = Registerutdraget kan inte skapas just nu. Försök igen om en stund.

# The history of one record (pages/record_history.rs)
data-see-history = Se ändringarna
history-title = Ändringar av { $record }
history-about = Uppgiften gäller { $date } och rapporterades av { $unit }.
history-lead = Här är varje version som registret har sparat, den senaste först. En rättelse ersätter aldrig en uppgift utan att det syns här.
history-version = Version { $version }
history-by-staff = Ändrad av registrets personal.
history-by-register = Rapporterad av registret.
history-request = Ändringen gjordes efter ärende
history-reason = Skäl:

# A yes-or-no value of a record's field (server/src/content.rs)
value-yes = Ja
value-no = Nej

# Beside the language switch, in languages not yet reviewed (components/layout.rs)
lang-machine-note = Översättningen är maskinstödd och ännu inte granskad av en person med språket som modersmål.

# Said where the text is in another language than the page (pages/my_register.rs, pages/requests.rs)
content-language-note = Registrets egna ord för uppgifterna (typer av poster och fält) visas på svenska eller engelska, eftersom registret inte har översatt dem.

## Acting for someone else (guardians, proxies, legal representatives)
nav-proxies = Ombud
nav-representatives = Företrädare
acting-title = Vem gör du det här för?
acting-lead = Du kan använda insyn för dig själv eller för någon du företräder: ditt barn, någon som har gett dig fullmakt eller någon du är god man eller förvaltare för. Du kan byta när som helst.
acting-legend = Jag vill använda insyn för
acting-myself = Mig själv ({ $name })
acting-as-guardian = { $name } (du är vårdnadshavare)
acting-as-proxy = { $name } (du är ombud)
acting-as-representative = { $name } (du är god man eller förvaltare)
acting-offer-title = Du kan också använda insyn för
acting-continue = Fortsätt
acting-manage-link = Ombud och företrädare
acting-scope = { $what } · { $registers } · till och med { $until }
acting-scope-read = Får läsa
acting-scope-file = Får läsa och göra begäranden
acting-scope-all-registers = Alla register
acting-banner-label = Vem du företräder
acting-banner-guardian = Du företräder ditt barn { $name } som vårdnadshavare.
acting-banner-proxy = Du företräder { $name } som ombud.
acting-banner-representative = Du företräder { $name } som god man eller förvaltare.
acting-back-to-self = Tillbaka till dig själv
acting-change = Byt person
proxies-title = Ombud och företrädare
proxies-lead = Här ser du vilka som kan använda insyn för dig och vad de får göra. Du kan ge någon fullmakt att vara ditt ombud och återkalla den när som helst.
proxies-granted = Fullmakten är given. Ditt ombud kan använda den nästa gång hen loggar in.
proxies-revoked = Fullmakten är återkallad. Den gäller inte längre, inte ens för den som är inloggad nu.
proxies-choose-link = Välj vem du företräder
proxies-for-me-title = De som kan använda insyn för dig
proxies-for-me-none = Ingen kan använda insyn för dig.
proxies-kind-guardian = { $name }, vårdnadshavare
proxies-kind-proxy = { $name }, ombud
proxies-kind-representative = { $name }, god man eller förvaltare
proxies-decision = Beslut: { $reference }
proxies-revoke = Återkalla fullmakten
proxies-grant-title = Ge någon fullmakt
proxies-grant-lead = Ditt ombud loggar in med sin egen e-legitimation. Ett ombud kan inte i sin tur ge någon annan fullmakt.
proxies-personnummer = Ombudets personnummer
proxies-personnummer-hint = 12 siffror, till exempel 19621008-9899.
proxies-scope = Vad får ombudet göra?
proxies-reach = I vilka register?
proxies-reach-some = Bara de register jag kryssar för
proxies-until = Gäller till och med
proxies-until-hint = Högst två år, senast { $max }.
proxies-grant = Ge fullmakt
proxies-error-personnummer = Skriv ett giltigt personnummer med 12 siffror.
proxies-error-registers = Kryssa för minst ett register, eller välj alla register.
proxies-error-until = Välj ett slutdatum från i dag och högst två år framåt.
proxies-error-themselves = Du kan inte ge fullmakt till dig själv.
proxies-error-protected = Fullmakter kan inte ges i insyn för dig. Kontakta registret direkt.
representatives-title = Registrera god man eller förvaltare
representatives-lead = Registrera en företrädare enligt beslut från tingsrätten eller överförmyndarnämnden. Den som företräds ser det på sin sida i insyn.
representatives-entered = Företrädaren är registrerad.
representatives-represented = Personnummer för den som företräds
representatives-representative = Personnummer för god man eller förvaltare
representatives-reference = Beslutets diarienummer
representatives-reference-hint = Till exempel ÖFN 2025-0123.
representatives-registers = I vilka av dina register?
representatives-from = Gäller från
representatives-until = Gäller till och med
representatives-submit = Registrera företrädaren
representatives-error-reference = Skriv beslutets diarienummer.
representatives-error-registers = Kryssa för minst ett av dina register.
representatives-error-date = Skriv ett datum.
representatives-error-themselves = Företrädaren kan inte vara samma person som den som företräds.
representatives-error-period = Slutdatumet kan inte vara före startdatumet.
log-who-guardian = Din vårdnadshavare { $name }
log-who-proxy = Ditt ombud { $name }
log-who-representative = Din gode man eller förvaltare { $name }
receipt-filed-by = Gjord av
request-filed-by-guardian = { $name }, som vårdnadshavare
request-filed-by-proxy = { $name }, som ombud
request-filed-by-representative = { $name }, som god man eller förvaltare
mail-for-someone-else = Ärendet gäller någon du företräder i insyn.
signin-too-young-title = Din vårdnadshavare kan hjälpa dig
signin-too-young-body = Barn kan inte logga in själva i insyn förrän de är tillräckligt gamla. Din vårdnadshavare kan se dina uppgifter och göra begäranden åt dig.
web-acting-not-allowed = Det här kan du inte göra för den du företräder.
web-acting-not-saved = Det gick inte att spara just nu. Försök igen om en stund.
web-not-your-register = Du arbetar inte med det registret.
nav-my-releases = Utlämnanden
nav-staff-releases = Utlämnanden
my-releases-title = Där dina uppgifter har lämnats ut
my-releases-lead = Registren lämnar ibland ut uppgifter till forskning och statistik, efter en sekretessprövning och för forskning med tillstånd från Etikprövningsmyndigheten. Här ser du varje utlämnande som innehöll dina uppgifter, och du kan säga nej till att dina uppgifter lämnas ut för forskning och statistik.
my-releases-list-heading = Utlämnanden med dina uppgifter
my-releases-none = Inga uppgifter om dig har lämnats ut för forskning eller statistik genom insyn.
my-releases-included = Dina uppgifter ingick.
my-releases-included-before-opt-out = Dina uppgifter ingick, eftersom utlämnandet beslutades innan du sa nej den { $on }.
my-releases-left-out = Dina uppgifter ingick inte. Ditt nej till forskning och statistik gällde när utlämnandet beslutades.
opt-outs-heading = Dina nej
opt-outs-research-explained = Du kan säga nej till att dina uppgifter lämnas ut för forskning och statistik, men ändå vara kvar i registret så att vården kan följa upp och förbättra kvaliteten. Du behöver inte ange något skäl, och du kan ångra dig när du vill.
opt-outs-none = Du har inte sagt nej till något.
opt-outs-every-register = Alla register
opt-outs-since = Sedan { $on }, { $how }.
opt-outs-withdraw = Ta tillbaka mitt nej
opt-outs-research-scope = Säg nej till forskning och statistik i
opt-outs-research-effect = Ditt nej gäller utlämnanden som beslutas från och med nu. Uppgifter som redan har lämnats ut kan inte hämtas tillbaka.
opt-outs-research-give = Säg nej till forskning och statistik
opt-out-given = Ditt nej är registrerat. Det gäller utlämnanden som beslutas från och med nu.
opt-out-withdrawn = Ditt nej är borttaget.
opt-out-kind-registration = Nej till att registreras
opt-out-kind-research = Nej till forskning och statistik
opt-out-channel-insyn = i insyn
opt-out-channel-request = genom en begäran i insyn
opt-out-channel-verbal = muntligt på mottagningen
opt-out-channel-paper = på blankett
release-recipient = Mottagare
release-recipient-contact = Mottagarens kontaktuppgifter
release-purpose = Ändamål
release-purpose-research = Forskning
release-purpose-statistics = Statistik
release-purpose-quality_development = Kvalitetsutveckling
release-purpose-legal_duty = Till en annan myndighet enligt lag
release-ethics-approval = Etikgodkännande
release-ethics-approval-hint = Etikprövningsmyndighetens diarienummer. Krävs för forskning.
release-legal-basis = Rättslig grund
release-form = Form
release-form-identifiable = Med personnummer
release-form-pseudonymised = Pseudonymiserade (utan namn och personnummer)
release-form-aggregate = Endast antal
release-data = Vilka uppgifter
release-data-hint = Kryssa för de uppgiftstyper i det valda registret som lämnas ut.
release-fields = Vilka fält
release-decided = Beslutat
release-decided-time = Klockslag för beslutet
release-decided-time-hint = Svensk tid, till exempel 10:30. Nej som har registrerats före beslutet gäller.
release-delivered = Levererat
release-optional = Frivilligt.
release-diary-number = Diarienummer
release-fewer-than = färre än { $count }
release-register = Register
release-cohort = Personer (personnummer)
release-cohort-hint = Ett personnummer per rad, eller en fil nedan. Personer som har sagt nej till forskning och statistik lämnas ut ur urvalet av insyn.
release-cohort-file = Eller en fil med personnummer (text eller CSV)
release-cohort-lines = Gäller raderna: { $lines }.
release-submit = Registrera utlämnandet
release-new-title = Registrera ett utlämnande
release-new-lead = Registrera ett beslutat utlämnande av registrets uppgifter. insyn tar bort dem som hade sagt nej när utlämnandet beslutades och ger dig det urval som får lämnas ut. Varje person i ett utlämnande med personuppgifter får det i sin logg.
release-error-diary_number = Ange diarienumret.
release-error-decided_at = Ange dagen för beslutet (och klockslaget som TT:MM).
release-error-recipient = Ange mottagaren.
release-error-recipient_contact = Ange mottagarens kontaktuppgifter.
release-error-legal_basis = Ange den rättsliga grunden.
release-error-fields = Ange vilka fält som lämnas ut.
release-error-delivered_on = Ange leveransdagen som ÅÅÅÅ-MM-DD, eller lämna den tom.
release-error-ethics_approval = Ett utlämnande för forskning kräver etikgodkännandets diarienummer.
release-error-record_types = Välj minst en uppgiftstyp i det valda registret.
release-error-cohort-empty = Ange minst ett personnummer.
release-error-cohort-large = Urvalet får ha högst 200 000 personer.
release-error-cohort-malformed = Ett personnummer går inte att läsa.
release-error-cohort-twice = Ett personnummer finns med två gånger.
release-error-cohort-unknown = En person finns inte i registret.
release-error-diary-taken = Ett annat utlämnande är redan registrerat med det diarienumret.
staff-releases-title = Utlämnanden
staff-releases-lead = Utlämnanden av uppgifter ur dina register. Varje utlämnande syns i det offentliga registret över utlämnanden, utan personuppgifter.
staff-releases-new = Registrera ett utlämnande
staff-release-resolved = { $submitted } personer i urvalet, { $delivered } får lämnas ut, { $left_out } togs bort (nej till forskning och statistik, eller begränsad behandling).
staff-release-download = Hämta urvalet som får lämnas ut (CSV)
staff-release-fingerprint = Fingeravtryck av de nej som tillämpades
staff-release-recorded = Registrerat
staff-release-by-system = av registrets system
public-releases-title = Utlämnanden ur { $register }
public-releases-lead = Alla utlämnanden av registrets uppgifter för forskning, statistik och andra ändamål, utan personuppgifter. Små antal visas inte, så att ingen kan pekas ut.
public-releases-heading = Utlämnanden
public-releases-none = Inga utlämnanden är registrerade.
public-releases-cohort = { $count } personer
public-releases-counted = Antal: { $count }
public-releases-left-out = { $count } uteslutna på grund av nej
handling-heading = Hur registret hanterar begäranden
handling-lead = Begäranden om rättelse, begränsning, radering, nej och frågor om loggen, per månad då de kom in. Tiden räknas i dagar från att begäran kom in till beslut.
handling-none = Inga begäranden har kommit in.
handling-month = Månad
handling-received = Inkomna
handling-completed = Genomförda
handling-rejected = Avslagna
handling-median = Median, dagar
handling-p90 = 90:e percentil, dagar
handling-extended = Förlängda
register-releases-heading = Utlämnanden
register-releases-body = Registret lämnar ut uppgifter för forskning och statistik efter en sekretessprövning. Varje utlämnande redovisas öppet.
register-releases-link = Se registrets utlämnanden och hur det hanterar begäranden
recipients-heading = Mottagare som ska underrättas
recipients-lead = Uppgifterna har tidigare lämnats ut till dessa mottagare. Registret underrättar var och en om ändringen (artikel 19 i dataskyddsförordningen).
recipients-not-told = Inte underrättad ännu
recipients-told-on = Underrättad { $on }
recipients-told = Underrättad
recipients-mark-told = Markera som underrättad
status-recipient_told = Mottagare underrättad
mail-recipient_told-subject = Ett av dina ärenden har uppdaterats
mail-recipient_told-line = Ditt ärende med referens { $reference } har uppdaterats.
form-file-not-text = Filen går inte att läsa som text. Spara den som text eller CSV och försök igen.
release-error-decided-future = Ett utlämnande kan inte registreras innan det är beslutat: ange ett beslut som redan har fattats.
receipt-handled-by = Handläggs av
receipt-handled-by-register = { $register } (registrets koordinatorer)
