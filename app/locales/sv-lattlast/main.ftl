# insyn – lättläst svenska (easy-read Swedish), skriven från sv/main.ftl. Varje id måste finnas i sv/main.ftl också.

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

footer-about = insyn är en tjänst på internet för patienter i de nationella kvalitetsregistren. Här kan du se i vilka register du finns. Du kan få en kopia av dina uppgifter. Du kan också använda dina rättigheter.
footer-not-decision-support = Kvalitetsregistren finns för att vården ska bli bättre och säkrare. Vården använder inte registren för att bestämma om din egen vård. Inget i insyn påverkar din vård.
footer-complain = Tycker du att någon hanterar dina uppgifter på fel sätt? Då kan du klaga. Du klagar till den myndighet som kontrollerar hur uppgifter om personer hanteras. Myndigheten heter
footer-imy = Integritetsskyddsmyndigheten (IMY)

error-code = Fel { $status }
error-not-found-title = Sidan finns inte
error-not-found-body = Vi hittar inte det du letar efter. Kontrollera att adressen är rätt. Du kan också börja om från startsidan.
error-unavailable-title = Tjänsten fungerar inte just nu
error-unavailable-body = Vi kan inte hämta uppgifterna just nu. Ingenting har ändrats. Försök igen om en stund.
error-internal-title = Något gick fel
error-internal-body = Det blev ett oväntat fel hos oss. Ingenting har ändrats. Försök igen. Blir det fel igen? Kontakta då registret.
error-back-home = Till startsidan

home-title = Start
home-heading = Dina uppgifter i de nationella kvalitetsregistren
home-lead = I insyn ser du i vilka kvalitetsregister du finns. Du ser vad som står om dig. Du ser också vem som har tittat på dina uppgifter. Du kan använda dina rättigheter direkt här. Du behöver inte fylla i några blanketter på papper.
me-heading-acting = Register för { $name }
me-lead-acting = Här ser du alla nationella kvalitetsregister i insyn. Du ser också om { $name } finns i dem.
home-what = Ett nationellt kvalitetsregister samlar uppgifter om vård och behandling. Vården använder uppgifterna för att följa upp sina resultat och bli bättre. Du har rätt att veta vad registret har sparat om dig. Du kan när som helst säga nej till att vara med.
home-see-registers = Se vilka register som finns

rights-heading = Dina rättigheter
rights-intro = Det här kan du göra i insyn. Du loggar in med e-legitimation. Det är en legitimation som du använder på internet, till exempel BankID.
right-know-title = Veta om du finns i ett register
right-know-body = Du kan se i vilka register du finns. Du kan se vad varje register är till för och vem som ansvarar för det. Du kan också se hur länge registret sparar uppgifterna.
right-copy-title = Få en kopia av dina uppgifter
right-copy-body = Du kan ladda ner dina uppgifter. Det kostar ingenting. Du får ett registerutdrag, det vill säga en fil med dina uppgifter som du kan läsa (PDF). Du får också samma uppgifter i en fil som datorer kan läsa (JSON).
right-correct-title = Få fel rättade
right-correct-body = Är en uppgift fel? Saknas något? Då kan du be registret att rätta uppgiften eller lägga till det som saknas. Den gamla uppgiften sparas ändå i en historik. Där kan du se vad som har ändrats.
right-restrict-title = Begränsa hur dina uppgifter används
right-restrict-body = Du kan be att registret bara sparar dina uppgifter och inte använder dem. Det kallas begränsning av behandlingen. Då används uppgifterna inte i statistik. Registret lämnar inte heller ut dem till någon. Det kan vara bra till exempel medan registret tar reda på om en uppgift är fel.
right-erase-title = Gå ur ett register eller säga nej i förväg
right-erase-body = Du kan be att registret tar bort dina uppgifter och att du inte registreras igen. Det kallas att avregistrera sig. Du kan också säga nej innan registret har några uppgifter om dig. Förut gjorde man det på en pappersblankett, Nej-blanketten. Nu kan du göra det här på internet.
right-access-log-title = Se vem som har tittat
right-access-log-body = Du kan se vilken vårdenhet som har tagit del av dina uppgifter. En vårdenhet är till exempel en mottagning eller en avdelning på ett sjukhus. Du ser när det hände, på vilket sätt och varför. Känner du inte igen något? Då kan du fråga om det.
right-complain-title = Klaga
right-complain-body = Är du inte nöjd med hur registret hanterar dina uppgifter? Då kan du klaga hos Integritetsskyddsmyndigheten (IMY). Det är den myndighet som kontrollerar hur uppgifter om personer hanteras.

deadline-heading = Svar inom en månad
deadline-body = När du ber registret om något kallas det en begäran. Varje begäran får ett ärendenummer och ett kvitto. Registret ska svara dig inom en månad. Ibland behöver registret mer tid. Då får registret förlänga tiden en gång, med högst två månader. Registret måste då berätta varför. Du ser hela tiden hur många dagar som är kvar.

registers-title = Register
registers-heading = Register i insyn
registers-lead = Här ser du alla kvalitetsregister som finns i insyn. Välj ett register. Då kan du läsa vad registret är till för och vem som ansvarar för det.
registers-filter-label = Sök register
registers-filter-hint = Du kan söka på registrets namn eller förkortning. Du kan också söka på vad registret handlar om.
registers-filter-submit = Sök
registers-filter-none = Inget register passar din sökning.
register-count = { $count ->
    [one] { $count } register
   *[other] { $count } register
}

register-purpose = Vad registret är till för
register-controller = Personuppgiftsansvarig (har ansvaret för att dina uppgifter hanteras enligt lagen)
register-holder = Registerhållare (leder arbetet med registret)
register-retention = Lagringstid (så länge sparas uppgifterna)
register-contact = Kontakt
register-dpo = Dataskyddsombud (kontrollerar att registret följer lagen och svarar på frågor om dina uppgifter)
register-website = Webbplats
register-rights-heading = Dina rättigheter i det här registret
register-rights-body = Du har rätt att få veta om du finns i registret. Du har rätt att få en kopia av dina uppgifter. Du har rätt att få fel rättade. Du har rätt att be att registret bara sparar dina uppgifter och inte använder dem. Det kallas begränsning. Du har rätt att bli borttagen ur registret. Du har också rätt att se vem som har tagit del av uppgifterna. Du bestämmer själv om du vill vara med. Du kan när som helst säga nej.
register-not-decision-support = Registret används för att följa upp vården och göra den bättre. Vården använder inte registret för att bestämma om din egen vård.

nav-my-registers = Mina register
nav-staff = Start för personal
sign-in = Logga in
sign-out = Logga ut
sign-in-again = Logga in igen
error-sign-in-title = Du behöver logga in
error-sign-in-body = Den här sidan visar dina egna uppgifter. Därför behöver du först logga in med din e-legitimation, till exempel BankID.
error-forbidden-title = Sidan är inte för dig
error-forbidden-body = Du är inloggad. Men sidan hör till en annan del av insyn. Patienter har sina egna sidor. Personalen på registren har också sina egna sidor.

session-notice = Om du inte gör något på { $minutes } minuter loggar vi ut dig. Det är för din säkerhet.
session-warning = Du har inte gjort något på en stund. Om { $left } loggar vi ut dig.
session-stay = Fortsätt vara inloggad
session-ended = Vi har loggat ut dig, eftersom du inte har gjort något på en stund.

me-title = Mina register
me-heading = Välkommen, { $name }
me-lead = Här ser du alla nationella kvalitetsregister i insyn. Du ser också om du finns i dem. Välj ett register. Då kan du läsa vad registret är till för och vem som ansvarar för det.
me-registers-heading = Mina register
me-status-registered = Du finns i registret sedan { $since }
me-status-restricted = Du finns i registret sedan { $since }. Behandlingen är begränsad. Det betyder att registret bara får spara dina uppgifter, inte använda dem.
me-status-not-registered = Du finns inte i registret

staff-title = Start för personal
staff-heading = Välkommen, { $name }
staff-lead = Du är inloggad som personal på ett register. Ditt HSA-id är { $hsa_id }.
staff-registers-heading = Dina register

signin-error-title = Det gick inte att logga in
signin-nothing-created = Du är inte inloggad. Ingenting har sparats.
signin-try-again = Försök igen
signin-unavailable-title = Det går inte att logga in just nu
signin-unavailable-body = Vi får inte kontakt med tjänsten för e-legitimation just nu. Försök igen om en stund.
signin-expired-title = Inloggningen tog för lång tid eller avbröts
signin-expired-body = Du måste logga in i samma webbläsare som du började i. Du måste bli klar inom tio minuter. Varje inloggning fungerar bara en gång. Börja om från början.
signin-cancelled-title = Du avbröt inloggningen
signin-cancelled-body = Inloggningen avbröts i tjänsten för e-legitimation. Du kan börja om när du vill.
signin-refused-title = Vi kunde inte kontrollera inloggningen
signin-refused-body = Svaret från tjänsten för e-legitimation klarade inte våra kontroller av säkerheten. Börja om. Händer samma sak igen? Kontakta då registret.
signin-assurance-title = Din e-legitimation räcker inte för insyn
signin-assurance-body = insyn visar uppgifter om din hälsa. Därför behöver du en e-legitimation som är extra säker. Den ska ha tillitsnivå 3. Det är ett mått på hur säker e-legitimationen är. BankID och Freja+ är exempel på e-legitimationer som räcker.
signin-two-factor-title = Inloggning i två steg krävs
signin-two-factor-body = Personalen på registren måste logga in i två steg, med två olika saker. Det kallas två faktorer. Det kan till exempel vara ett SITHS-kort och en PIN-kod. SITHS-kort är ett id-kort för personal i vården.
signin-identity-title = Vi kunde inte läsa vem du är
signin-identity-body = Tjänsten för e-legitimation skickade inget giltigt svenskt personnummer. Ett personnummer är ditt födelsedatum och fyra siffror till. Är du personal? Då skickade tjänsten inget giltigt HSA-id. Kontakta supporten för din e-legitimation.
signin-unknown-staff-title = Du finns inte som personal på något register
signin-unknown-staff-body = Ditt HSA-id finns inte med bland personalen på något register i insyn. Kontakta koordinatorn för ditt register. Koordinatorn kan lägga till dig.

me-download-pdf = Hämta registerutdrag (PDF)
me-download-json = Hämta alla uppgifter som datorfil (JSON)
me-record-count = { $count ->
    [one] 1 post
   *[other] { $count } poster
}
me-latest-change = senast ändrad { $on }
me-see-data = Se dina uppgifter
me-about-register = Om registret

data-about-register = Om registret: vad det är till för, vem som ansvarar och hur länge uppgifterna sparas
data-downloads-heading = Din kopia
data-downloads-body = Du har rätt att få en kopia av dina uppgifter. Det kostar ingenting. Registerutdraget är en PDF-fil. Den kan du läsa och spara. JSON-filen har samma uppgifter, men i en form som datorer kan läsa. Den kan du ta med dig till en annan tjänst.
data-download-pdf = Registerutdrag (PDF)
data-download-json = Uppgifter (JSON)
data-records-heading = { $count ->
    [one] 1 post om dig i registret
   *[other] { $count } poster om dig i registret
}
data-no-records = Registret har inga poster om dig än.
data-not-registered = Du finns inte i det här registret.
data-reported-by = rapporterad av { $unit }
data-corrected = Rättad { $on }
data-pages-label = Sidor
data-page-of = Sida { $page } av { $pages }
data-previous = Förra sidan
data-next = Nästa sida

pdf-title = Registerutdrag
pdf-personnummer = Personnummer
pdf-generated = Skapat
pdf-reference = Referens
pdf-reference-explained = Vi har skrivit in det här utdraget i din åtkomstlogg, med referensen ovanför. Åtkomstloggen visar vem som har tagit del av dina uppgifter. Du har rätt att få en kopia av dina uppgifter utan att betala. Det står i dataskyddsförordningen, artikel 15. Dataskyddsförordningen är en lag i EU om uppgifter om personer.
pdf-registers-included = Register i utdraget
pdf-no-registers = Du finns inte i något av registren i insyn.
pdf-rights = Är något fel? Saknas något? Då kan du be om rättelse i insyn. Du kan också be att registret bara sparar dina uppgifter och inte använder dem. Det kallas begränsning av behandlingen. Du kan också be att registret tar bort dina uppgifter, eller att du inte blir registrerad. Tycker du att dina uppgifter hanteras på fel sätt? Då kan du klaga hos Integritetsskyddsmyndigheten (IMY). Det är den myndighet som kontrollerar hur uppgifter om personer hanteras.
pdf-registered-since = Du finns i registret sedan { $date }
pdf-restricted = Behandlingen av dina uppgifter är begränsad. Det betyder att registret bara får spara uppgifterna, inte använda dem. Det står i dataskyddsförordningen, artikel 18.
pdf-no-records = Registret har inga poster om dig.
pdf-corrected = Rättad
pdf-col-date = Datum
pdf-col-care-unit = Vårdenhet
pdf-col-values = Uppgifter
pdf-access-log = Vem har tagit del av dina uppgifter (åtkomstlogg)
pdf-access-log-explained = Här ser du vem som har tagit del av dina uppgifter och när. Det äldsta står först. "Du själv" betyder att du själv har tittat på eller laddat ner dina uppgifter i insyn. Tiden står i UTC. Det är en tid som används i hela världen. Svensk tid är 1 timme senare på vintern och 2 timmar senare på sommaren.
pdf-col-time = Tid (UTC)
pdf-col-register = Register
pdf-col-who = Vem
pdf-col-kind = Typ
pdf-col-reason = Skäl
pdf-actor-patient = Du själv (insyn)
pdf-actor-staff = Personalen på registret
pdf-kind-read = Läsning
pdf-kind-export = Kopia lämnades ut
pdf-kind-correction = Rättelse
pdf-kind-disclosure_research = Lämnades ut för forskning
pdf-kind-disclosure_statistics = Lämnades ut för statistik
pdf-none = Inga.
pdf-requests = Dina ärenden
pdf-col-reference = Referens
pdf-col-request = Ärende
pdf-col-status = Status
pdf-col-received = Kom in
pdf-col-due = Ska vara klart senast
pdf-footer = Registerutdrag från insyn · referens { $reference } · sida { $page } av { $pages }
pdf-receipt-title = Kvitto
pdf-receipt-extended = Tiden förlängdes
pdf-receipt-decided = Beslutet togs
pdf-receipt-decision = Beslut
pdf-receipt-col-field = Uppgift
pdf-receipt-col-value = Innehåll
pdf-receipt-note = Anteckning
pdf-receipt-deadline = Registret ska svara dig inom en månad. Ibland behöver registret mer tid. Då får registret förlänga tiden en gång, med högst två månader. Registret måste då berätta varför. Det står i dataskyddsförordningen, artikel 12.3. Du kan följa ditt ärende i insyn, under Mina ärenden.
pdf-receipt-complain = Är du inte nöjd med beslutet? Då kan du klaga hos Integritetsskyddsmyndigheten (IMY). Det är den myndighet som kontrollerar hur uppgifter om personer hanteras. Webbplatsen är www.imy.se.
pdf-receipt-footer = Kvitto från insyn · referens { $reference } · sida { $page } av { $pages }
receipt-pdf = Spara kvittot (PDF)

me-status-opted-out = Avregistrerad. Du har sagt nej, och registret ska inte registrera dig.
me-use-rights = Dina rättigheter
me-opt-out = Jag vill inte vara med i registret
rights-in-register-heading = Dina rättigheter i registret
my-requests-link = Mina ärenden
request-correction-link = Be registret rätta fel eller lägga till det som saknas
request-restriction-link = Be registret att bara spara dina uppgifter och inte använda dem
request-erasure-link = Be registret ta bort dina uppgifter och avregistrera dig
request-opt_out-link = Jag vill inte vara med i registret (nej-blanketten)
request-access_inquiry-link = Fråga varför någon har tagit del av dina uppgifter

request-correction-title = Rätta fel eller lägga till uppgifter
request-correction-lead = Berätta vad som är fel eller vad som saknas i dina uppgifter. Då rättar registret det.
request-correction-consequence = Personalen på registret läser och kontrollerar din begäran. Om de rättar uppgifterna ser du det nya värdet. Du ser också att posten är rättad. Den gamla uppgiften sparas i postens historik.
request-correction-confirm = Jag vill att registret rättar mina uppgifter eller lägger till det som saknas, så som jag har skrivit ovanför.
request-restriction-title = Begränsa behandlingen av dina uppgifter
request-restriction-lead = Medan något undersöks kan du be att registret bara sparar dina uppgifter. Då får registret inte använda dem. Det kallas begränsning av behandlingen.
request-restriction-consequence = Om registret säger ja, sparas dina uppgifter. Men de används inte i statistik eller forskning. De tas inte heller ut ur registret på något annat sätt. Det gäller tills begränsningen tas bort. Du får veta innan registret tar bort begränsningen.
request-restriction-confirm = Jag vill att registret begränsar behandlingen av mina uppgifter, av det skäl som jag har valt.
request-erasure-title = Ta bort uppgifter och gå ur registret
request-erasure-lead = Du kan när som helst be att registret tar bort dina uppgifter. Registret ska då inte heller registrera dig igen. Det kallas radering och avregistrering.
request-erasure-consequence = Registret tar bort alla dina poster och din registrering. Registret sparar bara en anteckning om att du inte ska registreras. Anteckningen har inga uppgifter om din hälsa. Den gör att registret inte tar emot nya uppgifter om dig. Du kan inte ångra raderingen. Din vård påverkas inte.
request-erasure-confirm = Jag förstår att jag inte kan ångra raderingen. Jag vill inte vara med i registret.
request-opt_out-title = Jag vill inte vara med i registret
request-opt_out-lead = Du kan säga nej till registret innan det har några uppgifter om dig. Förut gjorde man det på en pappersblankett, nej-blanketten. Här gör du det på internet.
request-opt_out-consequence = Registret sparar en anteckning om att du inte ska registreras. Anteckningen har inga uppgifter om din hälsa. Sedan tar registret inte emot några uppgifter om dig. Din vård påverkas inte.
request-opt_out-confirm = Jag vill inte vara med i det här registret.
request-access_inquiry-title = Fråga om varför någon har tagit del av uppgifterna
request-what-happens = Vad händer sedan?
request-deadline-explained = Registret ska svara dig inom en månad. Om registret behöver mer tid får det förlänga tiden en gång, med högst två månader. Då får du veta varför.
request-send = Skicka begäran
request-already-open = Du har redan ett ärende av samma slag hos det här registret. Det ärendet är inte klart än.
request-see = Se ärende { $reference }
request-opt-out-registered = Du finns redan i det här registret. Vill du inte vara med? Be då registret att ta bort dina uppgifter och avregistrera dig.
request-already-opted-out = Du har redan sagt nej till det här registret. Du är avregistrerad.

form-errors-title = Du behöver ändra något i formuläret
form-optional = (frivilligt)
form-record = Vilken post gäller det?
form-record-missing = Något saknas helt
form-field = Vilken uppgift gäller det?
form-field-hint = Till exempel "Antal återförda embryon". Gäller det hela posten? Lämna då rutan tom.
form-problem = Vad är fel eller vad saknas?
form-problem-hint = Skriv med dina egna ord. Skriv minst 10 tecken.
form-proposed = Vad borde det stå?
form-ground = Varför vill du begränsa behandlingen av dina uppgifter?
form-explanation = Berätta mer
form-confirm-required = Sätt ett kryss i rutan. Då bekräftar du din begäran.
form-problem-required = Skriv vad som är fel eller vad som saknas.
form-problem-too-short = Skriv lite mer. Skriv minst 10 tecken.
form-control-characters = Texten har tecken som inte syns och som inte kan sparas. Ta bort dem. Försök sedan igen.
form-too-long = Texten är för lång. Du kan skriva högst 2 000 tecken.
form-too-long-short = Texten är för lång. Du kan skriva högst 300 tecken.
form-ground-required = Välj ett av skälen.
form-kind-unknown = Du kan inte göra den här sortens begäran här.
ground-accuracy = Jag tycker att uppgifterna är fel. Jag vill att registret inte använder dem medan det kontrolleras.
ground-unlawful = Registret får inte enligt lagen använda uppgifterna. Men jag vill att registret sparar dem i stället för att ta bort dem.
ground-legal_claims = Jag behöver uppgifterna för ett rättsligt anspråk. Det betyder till exempel att jag vill kräva något eller försvara mig i en domstol.
ground-objection = Jag har sagt emot att registret använder mina uppgifter. Det kallas en invändning. Jag vill att behandlingen begränsas medan registret prövar min invändning.

my-requests-title = Mina ärenden
my-requests-lead = Här ser du allt som du har bett registren om. Du ser hur långt varje ärende har kommit. Du ser också när registret senast ska svara.
my-requests-none = Du har inga ärenden.
status-received = Mottagen
status-in_progress = Registret arbetar med ärendet
status-extended = Registret arbetar med ärendet, tiden är förlängd
status-completed = Klar
status-rejected = Avslagen (registret sa nej)
clock-days-left = Ska vara klar senast { $due } ({ $days ->
    [one] 1 dag kvar
   *[other] { $days } dagar kvar
})
clock-overdue = Skulle ha varit klar { $due } ({ $days ->
    [one] 1 dag för sent
   *[other] { $days } dagar för sent
})
clock-decided = Beslut den { $on }
clock-extended = Tiden förlängdes. Skälet är: { $reason }
receipt-lead = Registret har tagit emot din begäran. Spara referensen. Du behöver den om du vill kontakta registret.
receipt-reference = Referens
receipt-register = Register
receipt-received = Kom in
receipt-due = Ska vara klar senast
receipt-timeline = Det här har hänt
receipt-decision = Beslut: { $reason }
receipt-complain = Är du inte nöjd med beslutet? Då kan du klaga. Du klagar till den myndighet som kontrollerar hur uppgifter om personer hanteras. Myndigheten heter
request-details = Din begäran
request-details-erased = Det du skrev togs bort, samtidigt som dina uppgifter i registret togs bort.

queue-title = Ärendekö
queue-open-link = Till ärendekön
queue-empty = Inga ärenden passar det du har valt.
queue-due = Ska vara klart
queue-reference = Referens
queue-register = Register
queue-kind = Ärende
queue-status = Status
queue-received = Kom in
queue-all = Alla
queue-open = Alla som inte är klara
queue-filter = Visa
queue-next = Nästa sida
queue-overdue = { $days ->
    [one] försenat 1 dag
   *[other] försenat { $days } dagar
}
queue-nearly-due = { $days ->
    [0] ska vara klart i dag
    [one] 1 dag kvar
   *[other] { $days } dagar kvar
}
case-patient = Patient
case-data = { $count ->
    [one] Patientens uppgifter i registret: 1 post
   *[other] Patientens uppgifter i registret: { $count } poster
}
case-data-logged = När du ser uppgifterna skrivs det in i patientens åtkomstlogg. Ärendets referens står där som skäl.
status-restriction_lifted = Begränsningen togs bort
case-actions = Arbeta med ärendet
case-take = Ta ärendet
case-take-lead = Ta ärendet. Då ser patienten att någon arbetar med det.
case-complete = Avsluta
case-complete-correction-lead = Välj den uppgift som ska rättas. Skriv det nya värdet. Den gamla versionen sparas i postens historik. Patienten ser att uppgiften är rättad. Ska rättelsen göras i registrets eget system? Välj då ingen uppgift. Skriv i stället vad du har gjort.
case-complete-correction-button = Rätta och avsluta
case-complete-restriction-lead = Registreringen blir begränsad. Uppgifterna sparas, men de används inte i statistik, uttag eller utlämnanden. Det gäller tills begränsningen tas bort.
case-complete-restriction-button = Begränsa och avsluta
case-complete-erasure-lead = Alla patientens poster och registreringen i registret raderas. En spärr läggs in, så att personen inte registreras igen. Det går inte att ångra. Ärendet sparar bara det som visar att raderingen är gjord.
case-complete-erasure-button = Radera och avsluta
case-complete-opt_out-lead = En spärr läggs in, så att personen inte registreras i registret. Spärren har inga uppgifter om hälsa.
case-complete-opt_out-button = Lägg in spärren och avsluta
case-complete-access_inquiry-lead = Svara patienten. Berätta varför någon läste uppgifterna.
case-complete-access_inquiry-button = Svara och avsluta
case-confirm-erasure-label = Jag har kontrollerat att det är rätt person och rätt register. Jag har också kontrollerat att uppgifterna ska raderas.
case-target = Uppgift att rätta
case-target-none = Ingen uppgift här (rättad i registrets system)
case-value = Nytt värde
case-value-hint = Datum skriver du ÅÅÅÅ-MM-DD, till exempel 2025-03-14. Ja eller nej skriver du som ja eller nej. Decimaltal skriver du med komma eller punkt. Koder skriver du med sin kod.
case-note = Meddelande till patienten
case-note-hint = Patienten ser meddelandet i sitt ärende. Skriv inga uppgifter om hälsa som inte behövs.
case-extend = Förläng tiden
case-extend-lead = Du kan förlänga tiden en gång, med högst två månader. Det går om ärendet är svårt, eller om det finns många ärenden. Patienten ser skälet.
case-months = Förläng med
case-months-option = { $months ->
    [one] 1 månad
   *[other] { $months } månader
}
case-extension-reason = Skäl till att tiden förlängs
case-extend-button = Förläng
case-reject = Avslå
case-reject-lead = Patienten ser skälet. Patienten ser också hur man klagar hos Integritetsskyddsmyndigheten (IMY), den myndighet som kontrollerar hur uppgifter om personer hanteras.
case-rejection-reason = Skäl till avslaget
case-reject-button = Avslå begäran
case-lift = Ta bort begränsningen
case-lift-lead = Registreringen blir aktiv igen. Uppgifterna används som vanligt igen. Patienten ser skälet.
case-lift-reason = Skäl till att begränsningen tas bort
case-lift-button = Ta bort begränsningen
case-months-required = Välj en eller två månader.
case-reason-required = Skriv ett skäl.
case-target-unknown = Välj en av patientens uppgifter i listan.
case-value-required = Skriv det nya värdet.
case-note-required = Välj en uppgift att rätta. Eller skriv vad du har gjort.
case-value-integer = Skriv ett heltal, till exempel 3.
case-value-decimal = Skriv ett tal, till exempel 2,5.
case-value-date = Skriv ett datum så här: ÅÅÅÅ-MM-DD.
case-value-boolean = Skriv ja eller nej.
case-value-code = Skriv en av koderna för fältet. Skriv den precis som den står i registrets innehållsbeskrivning.
case-already-extended = Tiden har redan förlängts en gång. Det går bara en gång.
case-not-registered = Patienten finns inte längre i registret.
case-registered = Patienten finns i registret. En spärr gäller bara innan någon är registrerad. Avslå begäran. Eller be patienten att begära radering i stället.
case-confirm-erasure = Bekräfta att uppgifterna ska raderas.
case-closed = Det finns redan ett beslut i ärendet.

mail-greeting = Hej!
mail-received-subject = Vi har tagit emot din begäran
mail-received-line = Vi har tagit emot din begäran. Referensen är { $reference }.
mail-in_progress-subject = Registret arbetar med din begäran
mail-in_progress-line = Registret arbetar nu med din begäran. Referensen är { $reference }.
mail-extended-subject = Registret behöver mer tid för din begäran
mail-extended-line = Registret har förlängt tiden för din begäran med referens { $reference }. I ärendet kan du läsa varför.
mail-completed-subject = Din begäran är klar
mail-completed-line = Din begäran med referens { $reference } är klar.
mail-rejected-subject = Registret har sagt nej till din begäran
mail-rejected-line = Registret har sagt nej till din begäran med referens { $reference }. I ärendet kan du läsa varför. Där står också hur du kan klaga.
mail-restriction_lifted-subject = Det har hänt något i ett av dina ärenden
mail-restriction_lifted-line = Det har hänt något i ditt ärende med referens { $reference }.
mail-see-portal = Logga in i insyn för att se ärendet: { $link }
mail-no-reply = Du kan inte svara på det här mejlet. Vi skriver aldrig något om din hälsa i mejl. Det är för din säkerhet.
mail-confirm-subject = Bekräfta din e-postadress för insyn
mail-confirm-line = Du har skrivit in den här adressen i insyn för att få meddelanden. Bekräfta adressen genom att öppna länken. Länken fungerar i 24 timmar: { $link }
mail-confirm-ignore = Har du inte skrivit in adressen? Då kan du strunta i det här mejlet.
mail-staff-new-subject = Nytt ärende i kön för { $register }
mail-staff-new-line = Ett nytt ärende har kommit till kön för { $register }: { $link }
mail-staff-digest-subject = { $count ->
    [one] 1 ärende i { $register } ska vara klart inom en vecka
   *[other] { $count } ärenden i { $register } ska vara klara inom en vecka
}
mail-staff-digest-line = { $count ->
    [one] 1 öppet ärende i { $register } ska vara klart inom 7 dagar eller är redan försenat: { $link }
   *[other] { $count } öppna ärenden i { $register } ska vara klara inom 7 dagar eller är redan försenade: { $link }
}

notices-title = Mejl om dina ärenden
notices-none = Vill du få ett mejl när något händer i dina ärenden? Skriv då in din e-postadress. Mejlen säger bara att något har hänt. De säger aldrig vad ärendet handlar om.
notices-unconfirmed = Vi har skickat en länk till { $email }. Öppna länken. Sedan får du mejl från oss.
notices-confirmed = När något händer i dina ärenden får du ett mejl till { $email }.
notices-email = E-postadress
notices-hint = Till exempel namn@exempel.se.
notices-save = Spara adressen
notices-remove = Ta bort adressen
notices-saved = Vi har sparat adressen. Vi har skickat ett mejl till dig. Öppna länken i mejlet för att bekräfta adressen.
notices-removed = Vi har tagit bort adressen. Du får inga fler mejl.
notices-confirmed-now = Adressen är bekräftad.
notices-link-invalid = Länken fungerar inte längre. Spara adressen igen, så får du en ny länk.
notices-email-invalid = Skriv en e-postadress, till exempel namn@exempel.se.
notices-already-sent = Vi har redan skickat en länk till den adressen. Länken fungerar i 24 timmar. Titta i din inkorg. Titta också bland skräpposten.
notices-unchanged = Det är redan din bekräftade adress. Inget har ändrats.
notices-email-too-many = Vi har skickat för många mejl med länkar i dag. Försök igen i morgon.

## The access log
me-see-log = Vem har tagit del av mina uppgifter?
log-title = Vem har tagit del av mina uppgifter
log-lead = Här ser du när vårdenheter och personalen på registret har läst, lämnat ut eller rättat dina uppgifter i kvalitetsregistren. En vårdenhet är till exempel en mottagning eller en avdelning på ett sjukhus. Det nyaste står först. Listan kallas åtkomstlogg. Ingen kan ändra i loggen i efterhand.
log-tabs-label = Vem har tagit del av uppgifterna
log-tab-others = Vården och registren
log-tab-own = Det du själv har tittat på och laddat ner
log-register = Register
log-care-unit = Vårdenhet
log-all = Alla
log-from = Från och med
log-to = Till och med
log-filter = Visa
log-clear = Visa alla
log-download-csv = Hämta loggen som tabell (CSV)
log-download-json = Hämta loggen som datorfil (JSON)
log-empty = Det finns inget i loggen än.
log-empty-filtered = Inget i loggen passar det du har valt.
log-when = När
log-who = Vem
log-kind = Vad hände
log-reason = Skälet som angavs
log-no-reason = Inget skäl angavs
log-next = Äldre händelser
log-who-staff = Personal på { $register }
log-who-you = Du själv
log-who-unknown-unit = Okänd vårdenhet
log-kinds-heading = Vad betyder orden i loggen?
log-kind-read = Läsning
log-kind-read-help = Någon läste dina uppgifter. Det kan till exempel vara inför en behandling eller för att följa upp vården. Det kan också vara för att arbeta med ett ärende som du har skickat.
log-kind-export = Uttag
log-kind-export-help = Dina uppgifter togs ut ur registret, till exempel som ett utdrag eller en kopia. Det gäller också när du själv har hämtat dem.
log-kind-correction = Rättelse
log-kind-correction-help = En uppgift om dig ändrades. Den gamla uppgiften finns kvar i registret. Du ser den i ditt registerutdrag.
log-kind-disclosure_research = Utlämnande för forskning
log-kind-disclosure_research-help = Registret lämnade ut uppgifter till ett forskningsprojekt. En myndighet har granskat projektet och sagt ja till det. Det kallas etikprövning.
log-kind-disclosure_statistics = Utlämnande för statistik
log-kind-disclosure_statistics-help = Registret lämnade ut uppgifter för att göra statistik, till exempel om hur bra vården är.
log-kept = Vi sparar loggen i minst fem år. Det gäller också om registret har tagit bort dina uppgifter. Det står i regler från Socialstyrelsen (HSLF-FS 2016:40).
log-ask-why = Fråga varför
inquiry-lead = Undrar du varför någon har tagit del av dina uppgifter? Skriv din fråga. Personalen på registret svarar dig. Vi skickar med uppgifterna om händelsen som du ser nedanför.
inquiry-question = Din fråga
inquiry-question-hint = Till exempel: Jag har inte haft kontakt med den här mottagningen. Varför läste de mina uppgifter?
inquiry-send = Skicka frågan
inquiry-consequence = Din fråga går till personalen på registret. De tar reda på varför någon läste uppgifterna. Sedan svarar de dig. Frågan och svaret sparas i ditt ärende.
inquiry-already-open = Du har redan frågat om den här händelsen. Frågan är inte besvarad än. Du kan följa den här:
inquiry-entry = Händelsen du frågar om
form-question-required = Skriv din fråga.
form-question-short = Skriv lite mer, minst 10 tecken. Då förstår personalen vad du undrar.
case-answer-required = Skriv svaret till patienten.

# Refusals and failures of the plain forms and downloads (server/src/http/error.rs)
web-patient-only = Det här är bara för patienten själv.
web-staff-only = Det här är bara för personalen på registret.
web-not-found = Det finns inget här med det namnet.
web-no-such-request = Det ärendet finns inte.
web-no-data-in-register = Det registret har inga uppgifter om dig.
web-case-decided = Det finns redan ett beslut i ärendet. Eller så har någon annan ändrat ärendet alldeles nyss. Ladda om sidan med ärendet.
web-unknown-action = Vi känner inte igen det du försökte göra.
web-unknown-language = Det språket finns inte.
web-form-too-large = Formuläret är för stort.
web-form-token = Vi kunde inte kontrollera formuläret. Ladda om sidan och försök igen.
web-cross-site = Begäran kom från en annan webbplats. Därför har vi inte gjort något.
web-too-many-sign-ins = Du har försökt logga in för många gånger. Vänta en stund och försök igen.
web-request-not-saved = Vi kunde inte spara din begäran just nu. Ingenting har skickats. Försök igen.
web-action-not-saved = Vi kunde inte spara det du gjorde just nu. Ingenting har ändrats. Försök igen.
web-address-not-saved = Vi kunde inte spara adressen just nu. Försök igen.
web-sign-out-failed = Vi kunde inte logga ut dig just nu. Försök igen.
web-copy-unavailable = Vi kan inte göra kopian just nu. Försök igen om en stund.
web-document-unavailable = Vi kan inte göra dokumentet just nu. Försök igen om en stund.
web-extract-unavailable = Vi kan inte göra registerutdraget just nu. Försök igen om en stund.

# The history of one record (pages/record_history.rs)
data-see-history = Se ändringarna
history-title = Ändringar av { $record }
history-about = Uppgiften gäller { $date }. Den rapporterades av { $unit }.
history-lead = Här ser du alla versioner som registret har sparat. Den senaste står först. Om någon rättar en uppgift syns det alltid här.
history-version = Version { $version }
history-by-staff = Personalen på registret ändrade uppgiften.
history-by-register = Registret rapporterade uppgiften.
history-request = Ändringen gjordes efter ärende
history-reason = Skäl:

# Added after the draft was written
nav-my-requests = Mina ärenden
nav-my-log = Min logg
value-yes = Ja
value-no = Nej
lang-machine-note = Texten på lättläst svenska är inte granskad än. Ingen som arbetar med lättläst har läst den.

# Said where the text is in another language than the page (pages/my_register.rs, pages/requests.rs)
content-language-note = Registret har egna ord för uppgifterna. De står på svenska.

## Acting for someone else (guardians, proxies, legal representatives)
nav-proxies = Ombud
nav-representatives = Företrädare
acting-title = Vem gör du det här för?
acting-lead = Du kan använda insyn för dig själv. Du kan också använda insyn för någon annan. Det kan vara ditt barn. Det kan vara någon som har gett dig fullmakt. En fullmakt är ett lov att göra saker åt någon annan. Det kan också vara någon som du är god man eller förvaltare för. En god man eller förvaltare hjälper en annan person med pengar, papper och andra viktiga saker. Det är tingsrätten eller kommunens överförmyndare som bestämmer det. Du kan byta person när du vill.
acting-legend = Jag vill använda insyn för
acting-myself = Mig själv ({ $name })
acting-as-guardian = { $name } (ditt barn, du är vårdnadshavare)
acting-as-proxy = { $name } (du är ombud)
acting-as-representative = { $name } (du är god man eller förvaltare)
acting-offer-title = Du kan också använda insyn åt
acting-continue = Fortsätt
acting-manage-link = Ombud och företrädare
acting-scope = { $what } · { $registers } · till och med { $until }
acting-scope-read = Får läsa
acting-scope-file = Får läsa och skicka begäranden
acting-scope-all-registers = Alla register
acting-banner-label = Vem du använder insyn för
acting-banner-guardian = Du använder insyn för ditt barn { $name }. Du gör det som vårdnadshavare.
acting-banner-proxy = Du använder insyn för { $name }. Du gör det som ombud.
acting-banner-representative = Du använder insyn för { $name }. Du gör det som god man eller förvaltare.
acting-back-to-self = Använd insyn för dig själv igen
acting-change = Byt person
proxies-title = Ombud och företrädare
proxies-lead = Här ser du vilka som får använda insyn åt dig. Du ser också vad de får göra. Du kan välja en person som får använda insyn åt dig. Den personen kallas ombud. Du ger ombudet lov genom en fullmakt. Du kan ta tillbaka fullmakten när du vill.
proxies-granted = Nu har ombudet fått fullmakt. Ombudet kan använda fullmakten nästa gång hen loggar in.
proxies-revoked = Du har tagit tillbaka fullmakten. Den gäller inte längre. Den gäller inte ens om ombudet är inloggat just nu.
proxies-choose-link = Välj vem du använder insyn för
proxies-for-me-title = De som får använda insyn åt dig
proxies-for-me-none = Ingen får använda insyn åt dig.
proxies-kind-guardian = { $name }, vårdnadshavare
proxies-kind-proxy = { $name }, ombud
proxies-kind-representative = { $name }, god man eller förvaltare
proxies-decision = Beslut: { $reference }
proxies-revoke = Ta tillbaka fullmakten
proxies-grant-title = Ge någon fullmakt
proxies-grant-lead = Ditt ombud loggar in med sin egen e-legitimation, till exempel BankID. Ett ombud får inte ge fullmakt till någon annan.
proxies-personnummer = Ombudets personnummer
proxies-personnummer-hint = 12 siffror, till exempel 19621008-9899.
proxies-scope = Vad får ombudet göra?
proxies-reach = I vilka register?
proxies-reach-some = Bara de register jag kryssar för
proxies-until = Gäller till och med
proxies-until-hint = Fullmakten kan gälla i högst två år. Den kan gälla längst till och med { $max }.
proxies-grant = Ge fullmakt
proxies-error-personnummer = Skriv ett riktigt personnummer med 12 siffror.
proxies-error-registers = Kryssa för minst ett register. Du kan också välja alla register.
proxies-error-until = Välj den sista dagen för fullmakten. Den kan vara tidigast i dag och senast om två år.
proxies-error-themselves = Du kan inte ge fullmakt till dig själv.
proxies-error-protected = Det går inte att ge fullmakt i insyn för dig. Kontakta registret direkt.
representatives-title = Registrera god man eller förvaltare
representatives-lead = Registrera en god man eller förvaltare. Gör det enligt beslutet från tingsrätten eller överförmyndarnämnden. Den som har god man eller förvaltare ser det på sin sida i insyn.
representatives-entered = Nu är god man eller förvaltare registrerad.
representatives-represented = Personnummer för den som har god man eller förvaltare
representatives-representative = Personnummer för god man eller förvaltare
representatives-reference = Beslutets diarienummer
representatives-reference-hint = Till exempel ÖFN 2025-0123.
representatives-registers = I vilka av dina register?
representatives-from = Gäller från
representatives-until = Gäller till och med
representatives-submit = Registrera god man eller förvaltare
representatives-error-reference = Skriv beslutets diarienummer.
representatives-error-registers = Kryssa för minst ett av dina register.
representatives-error-date = Skriv ett datum.
representatives-error-themselves = Den som hjälper och den som får hjälp kan inte vara samma person.
representatives-error-period = Den sista dagen kan inte vara före den första dagen.
log-who-guardian = Din vårdnadshavare { $name }
log-who-proxy = Ditt ombud { $name }
log-who-representative = Din gode man eller förvaltare { $name }
receipt-filed-by = Gjord av
request-filed-by-guardian = { $name }, som vårdnadshavare
request-filed-by-proxy = { $name }, som ombud
request-filed-by-representative = { $name }, som god man eller förvaltare
mail-for-someone-else = Ärendet gäller en annan person. Du använder insyn för den personen.
signin-too-young-title = Din vårdnadshavare kan hjälpa dig
signin-too-young-body = Barn kan inte logga in i insyn själva förrän de är tillräckligt gamla. Din vårdnadshavare kan hjälpa dig. En vårdnadshavare är den som har ansvar för dig, oftast en förälder. Din vårdnadshavare kan se dina uppgifter. Hen kan också skicka begäranden till registren åt dig.
web-acting-not-allowed = Det här får du inte göra åt den person du använder insyn för.
web-acting-not-saved = Vi kunde inte spara just nu. Försök igen om en stund.
web-not-your-register = Du arbetar inte med det registret.
nav-my-releases = Utlämnanden
nav-staff-releases = Utlämnanden
my-releases-title = Här har dina uppgifter lämnats ut
my-releases-lead = Ibland lämnar registren ut uppgifter till forskning och statistik. Först prövar registret om uppgifterna måste hållas hemliga. Det kallas sekretessprövning. För forskning måste också Etikprövningsmyndigheten säga ja. Det är den myndighet som granskar att forskning på människor görs på ett säkert och riktigt sätt. Här ser du varje gång dina uppgifter har lämnats ut. Du kan också säga nej till att dina uppgifter lämnas ut för forskning och statistik.
my-releases-list-heading = När dina uppgifter har lämnats ut
my-releases-none = Inga uppgifter om dig har lämnats ut för forskning eller statistik genom insyn.
my-releases-included = Dina uppgifter var med.
my-releases-included-before-opt-out = Dina uppgifter var med. Det beror på att registret bestämde om utlämnandet innan du sa nej. Du sa nej den { $on }.
my-releases-left-out = Dina uppgifter var inte med. Du hade redan sagt nej till forskning och statistik när registret bestämde om utlämnandet.
opt-outs-heading = Det här har du sagt nej till
opt-outs-research-explained = Du kan säga nej till att dina uppgifter lämnas ut för forskning och statistik. Du kan ändå vara kvar i registret. Då kan vården fortsätta att följa upp och förbättra sitt arbete. Du behöver inte säga varför. Du kan ändra dig när du vill.
opt-outs-none = Du har inte sagt nej till något.
opt-outs-every-register = Alla register
opt-outs-since = Gäller sedan { $on }. Du sa nej { $how }.
opt-outs-withdraw = Ta tillbaka mitt nej
opt-outs-research-scope = Var vill du säga nej till forskning och statistik?
opt-outs-research-effect = Ditt nej gäller utlämnanden som registret bestämmer om från och med nu. Uppgifter som redan har lämnats ut kan registret inte hämta tillbaka.
opt-outs-research-give = Säg nej till forskning och statistik
opt-out-given = Vi har sparat ditt nej. Det gäller utlämnanden som registret bestämmer om från och med nu.
opt-out-withdrawn = Ditt nej är borttaget.
opt-out-kind-registration = Nej till att vara med i registret
opt-out-kind-research = Nej till forskning och statistik
opt-out-channel-insyn = i insyn
opt-out-channel-request = genom en begäran i insyn
opt-out-channel-verbal = när du pratade med mottagningen
opt-out-channel-paper = på en pappersblankett
release-recipient = Mottagare
release-recipient-contact = Mottagarens kontaktuppgifter
release-purpose = Vad uppgifterna ska användas till
release-purpose-research = Forskning
release-purpose-statistics = Statistik
release-purpose-quality_development = Göra vården bättre (kvalitetsutveckling)
release-purpose-legal_duty = Till en annan myndighet, för att lagen säger det
release-ethics-approval = Tillstånd från etikprövningen
release-ethics-approval-hint = Diarienumret från Etikprövningsmyndigheten. Det måste finnas för forskning.
release-legal-basis = Rättslig grund (den lag eller regel som gör att uppgifterna får lämnas ut)
release-form = Hur uppgifterna lämnas ut
release-form-identifiable = Med personnummer
release-form-pseudonymised = Utan namn och personnummer (pseudonymiserade)
release-form-aggregate = Bara antal
release-data = Vilka uppgifter
release-data-hint = Kryssa för de typer av uppgifter i det valda registret som lämnas ut.
release-fields = Vilka fält
release-decided = Beslutet togs
release-decided-time = Klockslag för beslutet
release-decided-time-hint = Svensk tid, till exempel 10:30. Nej som har registrerats före beslutet gäller.
release-delivered = Lämnades till mottagaren
release-optional = Frivilligt.
release-diary-number = Diarienummer
release-fewer-than = färre än { $count }
release-register = Register
release-cohort = Personer (personnummer)
release-cohort-hint = Skriv ett personnummer på varje rad. Eller välj en fil nedanför. insyn tar bort alla som har sagt nej till forskning och statistik ur urvalet.
release-cohort-file = Eller välj en fil med personnummer (textfil eller CSV-fil)
release-cohort-lines = Gäller raderna: { $lines }.
release-submit = Registrera utlämnandet
release-new-title = Registrera ett utlämnande
release-new-lead = Här registrerar du ett utlämnande av registrets uppgifter som är beslutat. insyn tar bort de personer som hade sagt nej när beslutet togs. Sedan får du urvalet, alltså listan med de personer vars uppgifter får lämnas ut. Lämnas personuppgifter ut? Då ser varje person utlämnandet i sin logg.
release-error-diary_number = Skriv diarienumret.
release-error-decided_at = Skriv dagen för beslutet. Skriv också klockslaget så här: TT:MM, till exempel 10:30.
release-error-recipient = Skriv vem som är mottagare.
release-error-recipient_contact = Skriv mottagarens kontaktuppgifter.
release-error-legal_basis = Skriv den rättsliga grunden.
release-error-fields = Skriv vilka fält som lämnas ut.
release-error-delivered_on = Skriv dagen då uppgifterna lämnades till mottagaren så här: ÅÅÅÅ-MM-DD. Du kan också lämna rutan tom.
release-error-ethics_approval = Ett utlämnande för forskning måste ha diarienumret för tillståndet från etikprövningen.
release-error-record_types = Välj minst en typ av uppgifter i det valda registret.
release-error-cohort-empty = Skriv minst ett personnummer.
release-error-cohort-large = Urvalet får ha högst 200 000 personer.
release-error-cohort-malformed = Ett personnummer går inte att läsa.
release-error-cohort-twice = Ett personnummer finns med två gånger.
release-error-cohort-unknown = En person finns inte i registret.
release-error-diary-taken = Ett annat utlämnande är redan registrerat med det diarienumret.
staff-releases-title = Utlämnanden
staff-releases-lead = Här ser du utlämnanden av uppgifter från dina register. Varje utlämnande syns i en lista som alla kan läsa. Listan har inga personuppgifter.
staff-releases-new = Registrera ett utlämnande
staff-release-resolved = { $submitted } personer i urvalet. { $delivered } får lämnas ut. { $left_out } togs bort, för att de har sagt nej till forskning och statistik eller för att behandlingen av deras uppgifter är begränsad.
staff-release-download = Hämta urvalet som får lämnas ut (som tabell, CSV)
staff-release-fingerprint = Fingeravtryck av de nej som användes (en kod som visar exakt vilka nej som gällde)
staff-release-recorded = Registrerat
staff-release-by-system = av registrets system
public-releases-title = Utlämnanden från { $register }
public-releases-lead = Här ser du alla gånger registret har lämnat ut uppgifter. Det kan vara för forskning, statistik eller något annat. Här finns inga personuppgifter. Små antal visas inte. Då kan ingen räkna ut vem det handlar om.
public-releases-heading = Utlämnanden
public-releases-none = Det finns inga utlämnanden registrerade.
public-releases-cohort = { $count } personer
public-releases-counted = Antal: { $count }
public-releases-left-out = { $count } var inte med, eftersom de hade sagt nej
handling-heading = Så arbetar registret med begäranden
handling-lead = Här ser du hur många begäranden registret fick varje månad. Det gäller begäranden om att rätta, begränsa, ta bort eller säga nej. Det gäller också frågor om loggen. Tiden räknas i dagar, från dagen då begäran kom in till dagen för beslutet.
handling-none = Inga begäranden har kommit in.
handling-month = Månad
handling-received = Kom in
handling-completed = Klara
handling-rejected = Registret sa nej
handling-median = Median i dagar (hälften gick fortare)
handling-p90 = 90:e percentil i dagar (9 av 10 gick fortare)
handling-extended = Tiden förlängdes
register-releases-heading = Utlämnanden
register-releases-body = Registret lämnar ut uppgifter för forskning och statistik. Först prövar registret om uppgifterna måste hållas hemliga. Alla utlämnanden visas öppet, så att alla kan se dem.
register-releases-link = Se när registret har lämnat ut uppgifter och hur registret arbetar med begäranden
recipients-heading = Mottagare som ska få veta
recipients-lead = Registret har tidigare lämnat ut uppgifterna till de här mottagarna. Nu berättar registret om ändringen för varje mottagare. Det står i dataskyddsförordningen, artikel 19.
recipients-not-told = Har inte fått veta än
recipients-told-on = Fick veta { $on }
recipients-told = Har fått veta
recipients-mark-told = Markera att mottagaren har fått veta
status-recipient_told = Mottagaren har fått veta
mail-recipient_told-subject = Det har hänt något i ett av dina ärenden
mail-recipient_told-line = Det har hänt något i ditt ärende med referens { $reference }.
form-file-not-text = Det går inte att läsa filen som text. Spara den som textfil eller CSV-fil. Försök sedan igen.
release-error-decided-future = Du kan inte registrera ett utlämnande innan det är beslutat. Skriv in ett beslut som redan har tagits.
receipt-handled-by = Vem som tar hand om det
receipt-handled-by-register = { $register } (de som ansvarar för registret)
