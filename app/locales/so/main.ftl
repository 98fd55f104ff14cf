# insyn – Somali texts (so). Machine-assisted draft, not yet reviewed by a native speaker. Every id must also exist in sv/main.ftl.

site-name = insyn
site-name-long = insyn – xuquuqdaada ku saabsan diiwaannada tayada ee qaranka
site-tagline = Xogtaada ku jirta diiwaannada tayada
skip-to-content = U bood nuxurka
nav-label = Liiska ugu weyn
nav-home = Bogga hore
nav-registers = Diiwaannada
lang-switch-label = Luqadda
breadcrumbs-label = Halkan ayaad joogtaa
loading = Waa la soo rarayaa …

footer-about = insyn waa adeeg elektaroonig ah oo loogu talagalay bukaannada ku jira diiwaannada tayada ee qaranka. Halkan waxaad ku arki kartaa meesha lagugu diiwaangeliyay, waxaad heli kartaa nuqul xogtaada ah, waxaadna isticmaali kartaa xuquuqdaada.
footer-not-decision-support = Diiwaannada tayada waxaa loo isticmaalaa horumarinta iyo sugidda tayada daryeelka caafimaadka. Ma aha taageero go'aan-qaadasho: waxba oo insyn ku jira ma saameeyaan daryeelkaaga gaarka ah.
footer-complain = Haddii aad u aragto in xogtaada shakhsiga si khaldan loo maareeyo, waxaad cabasho u gudbin kartaa
footer-imy = Integritetsskyddsmyndigheten (IMY), hay'adda Iswiidhan ee ilaalinta xogta shakhsiga

error-code = Khalad { $status }
error-not-found-title = Boggan ma jiro
error-not-found-body = Ma helin waxaad raadinayso. Hubi cinwaanka, ama ka bilow mar kale bogga hore.
error-unavailable-title = Adeeggu hadda ma shaqaynayo
error-unavailable-body = Hadda ma gaari karno xogtayada. Waxba lama beddelin. Fadlan isku day mar kale wax yar kadib.
error-internal-title = Wax baa khaldamay
error-internal-body = Khalad aan la filayn ayaa dhankayaga ka dhacay. Waxba lama beddelin. Isku day mar kale, oo la xiriir diiwaanka haddii khaladku sii jiro.
error-back-home = Tag bogga hore

home-title = Bogga hore
home-heading = Xogtaada ku jirta diiwaannada tayada ee qaranka
home-lead = insyn waxaad ku arki kartaa diiwaannada tayada ee aad ku jirto, waxa lagaa qoray iyo cidda eegtay xogtaada – waxaadna si toos ah u isticmaali kartaa xuquuqdaada, foomam warqad ah la'aantood.
me-heading-acting = Diiwaannada { $name }
me-lead-acting = Halkan waxaad ku aragtaa dhammaan diiwaannada tayada ee qaranka ee ku jira insyn iyo haddii { $name } lagu diiwaangeliyay.
home-what = Diiwaannada tayada ee qaranka waxay ururiyaan xog ku saabsan daryeelka iyo daaweynta, si daryeelka caafimaadku ula socdo natiijooyinkiisa una horumariyo. Waxaad xaq u leedahay inaad ogaato waxa lagaa diiwaangeliyay, waxaadna waqti kasta diidi kartaa inaad ka mid noqoto.
home-see-registers = Eeg diiwaannada jira

rights-heading = Xuquuqdaada
rights-intro = Waa kuwan waxyaabaha aad insyn ku samayn karto. Waxaad ku gashaa aqoonsi elektaroonig ah (e-legitimation).
right-know-title = Ogow haddii lagu diiwaangeliyay
right-know-body = Eeg diiwaannada aad ku jirto, waxa diiwaan kastaa u jiro, cidda mas'uulka ka ah iyo muddada xogta la kaydiyo.
right-copy-title = Hel nuqul xogtaada ah
right-copy-body = Soo deji xogtaada lacag la'aan: warbixinta diiwaanka oo PDF ah iyo qaab kombiyuutarku akhrin karo (JSON).
right-correct-title = Ha laguu saxo khaladaadka
right-correct-body = Codso in xog khaldan ama dhiman la saxo ama la dhammaystiro. Nooca hore ee xogta wuxuu ku hadhayaa taariikhda.
right-restrict-title = Xaddid ka-shaqaynta xogta
right-restrict-body = Codso in xogtaada kaliya la kaydiyo, oo aan loo isticmaalin tirakoob ama aan la bixin, tusaale ahaan inta saxid la baarayo.
right-erase-title = Iska saar diiwaanka, ama hore u dheh maya
right-erase-body = Codso in xogtaada laga tirtiro diiwaan oo aan mar kale lagu diiwaangelin, ama dheh maya ka hor inta aan xog lagaa hayn (Nej-blanketten, foomka "maya", oo dijitaal ah).
right-access-log-title = Eeg cidda eegtay
right-access-log-body = Eeg xarunta daryeelka ee aragtay xogtaada, goorta, sida iyo sababta – oo wax ka weydii gelitaan aadan garanayn.
right-complain-title = Cabasho
right-complain-body = Haddii aadan ku qanacsanayn sida diiwaanku u maareeyo xogtaada, waxaad cabasho u gudbin kartaa Integritetsskyddsmyndigheten (IMY), hay'adda Iswiidhan ee ilaalinta xogta shakhsiga.

deadline-heading = Jawaab bil gudaheed ah
deadline-body = Codsi kasta wuxuu helaa lambar tixraac iyo rasiid. Diiwaanku waa inuu ku jawaabaa bil gudaheed. Waqtiga hal mar ayaa la kordhin karaa, ugu badnaan laba bilood, markaasna waxaa lagu ogeysiinayaa sababta. Had iyo jeer waxaad arkaysaa inta maalmood ee hadhay.

registers-title = Diiwaannada
registers-heading = Diiwaannada ku jira insyn
registers-lead = Kuwani waa dhammaan diiwaannada tayada ee ku jira insyn. Dooro diiwaan si aad u akhrido waxa uu u jiro iyo cidda mas'uulka ka ah.
registers-filter-label = Raadi diiwaan
registers-filter-hint = Ku raadi magac, soo gaabin ama mawduuc.
registers-filter-submit = Raadi
registers-filter-none = Ma jiro diiwaan u dhigma raadintaada.
register-count = { $count ->
    [one] { $count } diiwaan
   *[other] { $count } diiwaan
}

register-purpose = Ujeeddada
register-controller = Mas'uulka xogta shakhsiga (personuppgiftsansvarig)
register-holder = Haystaha diiwaanka (registerhållare)
register-retention = Muddada kaydinta
register-contact = Xiriirka
register-dpo = Sarkaalka ilaalinta xogta
register-website = Bogga internetka
register-rights-heading = Xuquuqdaada ee diiwaankan
register-rights-body = Waxaad xaq u leedahay inaad ogaato haddii lagu diiwaangeliyay, inaad hesho nuqul xogtaada ah, in khaladaadka laguu saxo, inaad codsato xaddidaad, in lagaa tirtiro iyo inaad aragto cidda aragtay xogta. Ka qaybgalku waa ikhtiyaari: waqti kasta waxaad oran kartaa maya.
register-not-decision-support = Diiwaanka waxaa loo isticmaalaa la socodka iyo horumarinta daryeelka caafimaadka, looma isticmaalo taageero go'aan-qaadasho oo ku saabsan daryeelkaaga gaarka ah.

nav-my-registers = Diiwaannadayda
nav-staff = Bogga shaqaalaha
nav-my-requests = Codsiyadayda
nav-my-log = Liiska gelitaankayga
sign-in = Gal
sign-out = Ka bax
sign-in-again = Mar kale gal
error-sign-in-title = Waxaad u baahan tahay inaad gasho
error-sign-in-body = Boggani wuxuu muujinayaa xogtaada gaarka ah, sidaa darteed marka hore waa inaad ku gashaa aqoonsigaaga elektaroonigga ah.
error-forbidden-title = Boggani adiga kuuma aha
error-forbidden-body = Waad gashay, laakiin boggani wuxuu ka tirsan yahay qayb kale oo insyn ah. Bukaannada iyo shaqaalaha diiwaannada mid walba wuxuu leeyahay bogag u gaar ah.

session-notice = Amniga awgiis, waxaa lagaa saarayaa adeegga haddii aadan waxba samayn muddo { $minutes } daqiiqo ah.
session-warning = Waxaa lagaa saari doonaa adeegga { $left } kadib, sababtoo ah ma aadan firfircoonayn.
session-stay = Ku sii jir adeegga
session-ended = Waa lagaa saaray adeegga sababtoo ah ma aadan firfircoonayn.

me-title = Diiwaannadayda
me-heading = Soo dhawoow, { $name }
me-lead = Halkan waxaad ku aragtaa dhammaan diiwaannada tayada ee qaranka ee ku jira insyn iyo haddii lagugu diiwaangeliyay. Dooro diiwaan si aad u akhrido waxa uu u jiro iyo cidda mas'uulka ka ah.
me-registers-heading = Diiwaannadayda
me-status-registered = Diiwaangashan tan iyo { $since }
me-status-restricted = Diiwaangashan tan iyo { $since } – ka-shaqaynta xogta waa la xaddiday
me-status-not-registered = Lama diiwaangelin

staff-title = Bogga shaqaalaha
staff-heading = Soo dhawoow, { $name }
staff-lead = Waxaad u gashay shaqaale diiwaan, adigoo leh HSA-id { $hsa_id }.
staff-registers-heading = Diiwaannadaada

signin-error-title = Gelitaanku wuu fashilmay
signin-nothing-created = Adeegga laguma gelin, waxna lama kaydin.
signin-try-again = Isku day mar kale
signin-unavailable-title = Gelitaanku hadda ma shaqaynayo
signin-unavailable-body = Hadda ma gaari karno adeegga aqoonsiga elektaroonigga ah. Fadlan isku day mar kale wax yar kadib.
signin-expired-title = Gelitaanku wuu dheeraaday ama waa la joojiyay
signin-expired-body = Gelitaanka waa in lagu dhammeeyaa isla biraawsarka, toban daqiiqo gudahood, hal mar oo keliyana waa la isticmaali karaa. Ka bilow mar kale.
signin-cancelled-title = Waad joojisay gelitaanka
signin-cancelled-body = Gelitaanka waxaa lagu joojiyay adeegga aqoonsiga elektaroonigga ah. Waxaad dib u bilaabi kartaa goor kasta oo aad rabto.
signin-refused-title = Gelitaanka lama xaqiijin karin
signin-refused-body = Jawaabta adeegga aqoonsiga elektaroonigga ah kama gudbin hubintayada amniga. Ka bilow mar kale; haddii ay mar kale dhacdo, la xiriir diiwaanka.
signin-assurance-title = Aqoonsigaaga elektaroonigga ah kuguma filna insyn
signin-assurance-body = insyn waxay muujisaa xog caafimaad, waxayna u baahan tahay aqoonsi elektaroonig ah oo heerka kalsoonidiisu yahay 3, tusaale ahaan BankID ama Freja+.
signin-two-factor-title = Xaqiijin laba-heer ah ayaa loo baahan yahay
signin-two-factor-body = Shaqaalaha diiwaannada waa inay ku galaan xaqiijin laba-heer ah, tusaale ahaan kaarka SITHS iyo koodka PIN-ka.
signin-identity-title = Aqoonsigaaga lama akhrin karin
signin-identity-body = Adeegga aqoonsiga elektaroonigga ah ma bixin personnummer Iswiidhish ah oo sax ah (personnummer waa lambarka aqoonsiga shakhsiga ee Iswiidhan) ama HSA-id sax ah. La xiriir taageerada adeegga aqoonsiga elektaroonigga ah.
signin-unknown-staff-title = Kuma jirtid shaqaalaha diiwaannada
signin-unknown-staff-body = HSA-id-gaagu kuma jiro shaqaalaha diiwaan kasta oo insyn ku jira. La xiriir isuduwaha diiwaankaaga si laguugu daro.

me-download-pdf = Soo deji warbixinta diiwaanka (PDF)
me-download-json = Soo deji dhammaan xogta (JSON)
me-record-count = { $count ->
    [one] 1 qoraal
   *[other] { $count } qoraal
}
me-latest-change = ugu dambayn waxaa la beddelay { $on }
me-see-data = Eeg xogtaada
me-about-register = Ku saabsan diiwaanka

data-about-register = Ku saabsan diiwaanka: ujeeddada, mas'uuliyiinta iyo muddada kaydinta
data-downloads-heading = Nuqulkaaga
data-downloads-body = Waxaad xaq u leedahay nuqul bilaash ah oo xogtaada ah. Warbixinta diiwaanku waa PDF aad akhrin karto oo kaydsan karto; faylka JSON-ku waa isla xogtaas oo qaab kombiyuutarku akhrin karo ah, oo aad meel kale u qaadan karto.
data-download-pdf = Warbixinta diiwaanka (PDF)
data-download-json = Xogta (JSON)
data-records-heading = { $count ->
    [one] 1 qoraal oo diiwaangashan
   *[other] { $count } qoraal oo diiwaangashan
}
data-no-records = Diiwaanku weli wax qoraal ah kaama hayo.
data-not-registered = Laguma diiwaangelin diiwaankan.
data-reported-by = waxaa soo gudbiyay { $unit }
data-corrected = La saxay { $on }
data-pages-label = Bogagga
data-page-of = Bogga { $page } ka mid ah { $pages }
data-previous = Bogga ka horreeyay
data-next = Bogga xiga

pdf-title = Warbixinta diiwaanka
pdf-personnummer = Personnummer
pdf-generated = La sameeyay
pdf-reference = Tixraac
pdf-reference-explained = Warbixintan waxaa lagu qoray liiska gelitaankaaga, iyadoo leh tixraaca kor ku qoran. Waxaad xaq u leedahay nuqul bilaash ah oo xogtaada ah (Xeerka Guud ee Ilaalinta Xogta – GDPR, qodobka 15).
pdf-registers-included = Diiwaannada ku jira warbixintan
pdf-no-registers = Laguma diiwaangelin mid ka mid ah diiwaannada ku jira insyn.
pdf-rights = Haddii wax khaldan yihiin ama maqan yihiin, waxaad insyn ku codsan kartaa saxid. Sidoo kale waxaad codsan kartaa in ka-shaqaynta xogta la xaddido, in xogta la tirtiro ama in aan lagu diiwaangelin. Haddii aad u aragto in xogtaada si khaldan loo maareeyo, waxaad cabasho u gudbin kartaa Integritetsskyddsmyndigheten (IMY), hay'adda Iswiidhan ee ilaalinta xogta shakhsiga.
pdf-registered-since = Diiwaangashan tan iyo { $date }
pdf-restricted = Ka-shaqaynta xogtaada waa la xaddiday (Xeerka Guud ee Ilaalinta Xogta – GDPR, qodobka 18).
pdf-no-records = Diiwaanku wax qoraal ah kaama hayo.
pdf-corrected = La saxay
pdf-col-date = Taariikhda
pdf-col-care-unit = Xarunta daryeelka
pdf-col-values = Xogta
pdf-access-log = Liiska gelitaanka
pdf-access-log-explained = Cidda aragtay xogtaada iyo goorta, kuwa ugu horreeyay marka hore. "Adiga" waa daawashadaada iyo soo dejintaada gaarka ah ee insyn.
pdf-col-time = Waqtiga (UTC)
pdf-col-register = Diiwaanka
pdf-col-who = Cidda
pdf-col-kind = Nooca
pdf-col-reason = Sababta
pdf-actor-patient = Adiga (insyn)
pdf-actor-staff = Shaqaalaha diiwaanka
pdf-kind-read = Akhris
pdf-kind-export = Bixinta nuqul
pdf-kind-correction = Saxid
pdf-kind-disclosure_research = Bixin loogu talagalay cilmi-baaris
pdf-kind-disclosure_statistics = Bixin loogu talagalay tirakoob
pdf-none = Midna.
pdf-requests = Codsiyadaada
pdf-col-reference = Tixraac
pdf-col-request = Codsi
pdf-col-status = Xaaladda
pdf-col-received = La helay
pdf-col-due = Waqtiga ugu dambeeya
pdf-footer = Warbixinta diiwaanka ee insyn · tixraac { $reference } · bogga { $page } ka mid ah { $pages }
pdf-receipt-title = Rasiid
pdf-receipt-extended = Waqtiga waa la kordhiyay
pdf-receipt-decided = La go'aamiyay
pdf-receipt-decision = Go'aanka
pdf-receipt-col-field = Qodobka
pdf-receipt-col-value = Nuxurka
pdf-receipt-note = Xusuusin
pdf-receipt-deadline = Diiwaanku waa inuu ku jawaabaa bil gudaheed. Waqtiga hal mar ayaa la kordhin karaa, ugu badnaan laba bilood, haddii diiwaanku sheego sababta (Xeerka Guud ee Ilaalinta Xogta – GDPR, qodobka 12.3). Codsiga waxaad kala socon kartaa qaybta Codsiyadayda ee insyn.
pdf-receipt-complain = Haddii aadan ku qanacsanayn go'aanka, waxaad cabasho u gudbin kartaa Integritetsskyddsmyndigheten (IMY), hay'adda Iswiidhan ee ilaalinta xogta shakhsiga, www.imy.se.
pdf-receipt-footer = Rasiidka insyn · tixraac { $reference } · bogga { $page } ka mid ah { $pages }
receipt-pdf = Kaydso rasiidka (PDF)

me-status-opted-out = Diiwaanka waa laga saaray – halkan laguma diiwaangelinayo
me-use-rights = Xuquuqdaada
me-opt-out = Ma doonayo in la i diiwaangeliyo
rights-in-register-heading = Xuquuqdaada ee diiwaanka
my-requests-link = Codsiyadayda
request-correction-link = Codso saxid ama dhammaystirid
request-restriction-link = Codso xaddidaadda ka-shaqaynta xogta
request-erasure-link = Codso tirtirid iyo ka-saarid diiwaanka
request-opt_out-link = Ma doonayo in la i diiwaangeliyo (nej-blanketten, foomka "maya")
request-access_inquiry-link = Weydii sababta qof u arkay xogtaada

request-correction-title = Saxid ama dhammaystirid
request-correction-lead = Noo sheeg waxa khaldan ama ka maqan xogtaada, diiwaankuna wuu saxi doonaa.
request-correction-consequence = Shaqaalaha diiwaanka ayaa eegaya codsigaaga. Haddii xogta la saxo, waxaad arki doontaa qiimaha la saxay iyo in qoraalka la saxay; nooca hore ee xogta waxaa lagu kaydiyaa taariikhda qoraalka.
request-correction-confirm = Waxaan doonayaa in diiwaanku saxo ama dhammaystiro xogtayda sida kor ku xusan.
request-restriction-title = Xaddidaadda ka-shaqaynta xogta
request-restriction-lead = Waxaad codsan kartaa in xogtaada kaliya la kaydiyo, oo aan la isticmaalin, inta wax la baarayo.
request-restriction-consequence = Haddii codsiga la aqbalo, xogtaada waa la kaydinayaa, laakiin kama mid noqon doonto tirakoob, cilmi-baaris ama soo saarid kasta, ilaa xaddidaadda laga qaado. Waa lagu ogeysiin doonaa ka hor inta aan laga qaadin.
request-restriction-confirm = Waxaan doonayaa in ka-shaqaynta xogtayda la xaddido, sababta aan doortay awgeed.
request-erasure-title = Tirtirid iyo ka-saarid diiwaanka
request-erasure-lead = Waqti kasta waxaad codsan kartaa in xogtaada laga tirtiro diiwaanka oo aan mar kale lagu diiwaangelin.
request-erasure-consequence = Dhammaan qoraalladaada iyo diiwaangelintaada diiwaanka waa la tirtirayaa. Waxaa kaliya oo hadhaya qoraal gaaban oo aan xog caafimaad lahayn, oo sheegaya in aan lagu diiwaangelinayn, si aan xog cusub oo kugu saabsan loo aqbalin. Tirtiridda dib looma celin karo. Daryeelkaaga wax saameyn ah kuma yeelanayso.
request-erasure-confirm = Waan fahamsanahay in tirtiridda aan dib loo celin karin, mana doonayo inaan ku jiro diiwaanka.
request-opt_out-title = Ma doonayo in la i diiwaangeliyo
request-opt_out-lead = Waxaad diiwaanka u dhihi kartaa maya ka hor inta aan wax xog ah oo kugu saabsan ku jirin (nej-blanketten, foomka "maya", oo dijitaal ah).
request-opt_out-consequence = Waxaa la kaydinayaa qoraal gaaban oo aan xog caafimaad lahayn, oo sheegaya in aan lagu diiwaangelinayn. Kadib diiwaanku ma aqbalayo xog kugu saabsan. Daryeelkaaga wax saameyn ah kuma yeelanayso.
request-opt_out-confirm = Ma doonayo in la igu diiwaangeliyo diiwaankan.
request-access_inquiry-title = Su'aal ku saabsan gelitaan
request-what-happens = Maxaa dhacaya?
request-deadline-explained = Diiwaanku waa inuu ku jawaabaa bil gudaheed. Haddii loo baahdo, waqtiga hal mar ayaa la kordhin karaa, ugu badnaan laba bilood; markaas waxaa lagu ogeysiinayaa sababta.
request-send = Dir codsiga
request-already-open = Horay ayaad u haysataa codsi furan oo noocan ah oo diiwaankan ku saabsan.
request-see = Eeg codsiga { $reference }
request-opt-out-registered = Horay ayaa lagugu diiwaangeliyay halkan. Haddii aadan rabin inaad ku jirto, halkii codso tirtirid iyo ka-saarid diiwaanka.
request-already-opted-out = Diiwaankan waa lagaa saaray.

form-errors-title = Wax foomka ku jira ayaa u baahan in la saxo
form-optional = (ikhtiyaari)
form-record = Qoraalkee ayay ku saabsan tahay?
form-record-missing = Wax gebi ahaanba maqan
form-field = Xogtee ayay ku saabsan tahay?
form-field-hint = Tusaale ahaan "Tirada embriyaha la celiyay". Bannaan uga tag haddii ay ku saabsan tahay qoraalka oo dhan.
form-problem = Maxaa khaldan ama maqan?
form-problem-hint = Ku qor ereyadaada, ugu yaraan 10 xaraf.
form-proposed = Maxay ahayd inay ku qornaato?
form-ground = Maxaad u doonaysaa in ka-shaqaynta xogta la xaddido?
form-explanation = Wax badan noo sheeg
form-confirm-required = Calaamadee sanduuqa si aad u xaqiijiso codsigaaga.
form-problem-required = Sharax waxa khaldan ama maqan.
form-problem-too-short = Fadlan wax yar ku dheeraynso sharaxaadda, ugu yaraan 10 xaraf.
form-control-characters = Qoraalku wuxuu leeyahay calaamado xakameyn oo aan muuqan oo aan la kaydin karin. Ka saar oo isku day mar kale.
form-too-long = Qoraalku aad buu u dheer yahay, ugu badnaan 2 000 xaraf.
form-too-long-short = Qoraalku aad buu u dheer yahay, ugu badnaan 300 xaraf.
form-ground-required = Dooro mid ka mid ah sababaha.
form-kind-unknown = Codsiga noocan ah halkan lagama sameeyo.
ground-accuracy = Waxaan u arkaa in xogtu khaldan tahay, waxaanan doonayaa in aan la isticmaalin inta la hubinayo.
ground-unlawful = Ka-shaqaynta xogtu waa sharci-darro, laakiin waxaan doonayaa in xogta la kaydiyo halkii laga tirtiri lahaa.
ground-legal_claims = Xogta waxaan u baahanahay si aan u dalbado sheegasho sharci ah.
ground-objection = Waxaan ka soo horjeestay ka-shaqaynta xogta, waxaanan doonayaa in la xaddido inta diidmadayda la baarayo.

my-requests-title = Codsiyadayda
my-requests-lead = Halkan waxaad ku aragtaa dhammaan codsiyadaada, xaaladda mid walba iyo goorta ugu dambaysa ee diiwaanku ku jawaabayo.
my-requests-none = Wax codsi ah ma lihid.
status-received = La helay
status-in_progress = Waa lagu shaqaynayaa
status-extended = Waa lagu shaqaynayaa, waqtiga waa la kordhiyay
status-completed = Waa la dhammeeyay
status-rejected = Waa la diiday
clock-days-left = Waa in la dhammeeyaa ugu dambayn { $due } ({ $days ->
    [one] 1 maalin ayaa hadhay
   *[other] { $days } maalmood ayaa hadhay
})
clock-overdue = Waxay ahayd in la dhammeeyo { $due } ({ $days ->
    [one] 1 maalin ayuu dib u dhacay
   *[other] { $days } maalmood ayuu dib u dhacay
})
clock-decided = La go'aamiyay { $on }
clock-extended = Waqtiga waa la kordhiyay: { $reason }
receipt-lead = Codsigaaga waa la helay. Kaydso tixraaca haddii aad rabto inaad la xiriirto diiwaanka.
receipt-reference = Tixraac
receipt-register = Diiwaanka
receipt-received = La helay
receipt-due = Waa in la dhammeeyaa ugu dambayn
receipt-timeline = Dhacdooyinka
receipt-decision = Go'aanka: { $reason }
receipt-complain = Haddii aadan ku qanacsanayn go'aanka, waxaad cabasho u gudbin kartaa
request-details = Codsigaaga
request-details-erased = Wixii aad qortay waxaa lala tirtiray xogtaada diiwaanka.

queue-title = Safka codsiyada
queue-open-link = Tag safka codsiyada
queue-empty = Ma jiro codsi u dhigma.
queue-due = Waqtiga ugu dambeeya
queue-reference = Tixraac
queue-register = Diiwaanka
queue-kind = Codsi
queue-status = Xaaladda
queue-received = La helay
queue-all = Dhammaan
queue-open = Dhammaan kuwa furan
queue-filter = Muuji
queue-next = Bogga xiga
queue-overdue = { $days ->
    [one] 1 maalin ayuu dib u dhacay
   *[other] { $days } maalmood ayuu dib u dhacay
}
queue-nearly-due = { $days ->
    [0] waqtigu maanta ayuu dhammaanayaa
    [one] 1 maalin ayaa hadhay
   *[other] { $days } maalmood ayaa hadhay
}
case-patient = Bukaanka
case-data = { $count ->
    [one] Xogta bukaanka ee diiwaanka: 1 qoraal
   *[other] Xogta bukaanka ee diiwaanka: { $count } qoraal
}
case-data-logged = In aad xogtan aragto waxaa lagu qoraa liiska gelitaanka bukaanka, iyadoo tixraaca kiiska loo qoray sabab ahaan.
status-restriction_lifted = Xaddidaadda waa laga qaaday
case-actions = Ka shaqee kiiska
case-take = Qaado kiiska
case-take-lead = Qaado kiiska si aad bukaanka u tusto in lagu shaqaynayo.
case-complete = Dhammee
case-complete-correction-lead = Dooro xogta la saxayo oo qor qiimaha cusub. Nooca hore wuxuu ku hadhayaa taariikhda qoraalka, bukaankuna wuxuu arkayaa in xogta la saxay. Haddii saxiddu ay tahay wax lagu sameeyo nidaamka diiwaanka laftiisa, ha dooran xog, oo qor waxa la sameeyay.
case-complete-correction-button = Sax oo dhammee
case-complete-restriction-lead = Diiwaangelinta waa la xaddidayaa: xogta waa la kaydinayaa laakiin looma isticmaalo tirakoob, soo saarid ama bixin, ilaa xaddidaadda laga qaado.
case-complete-restriction-button = Xaddid oo dhammee
case-complete-erasure-lead = Dhammaan qoraallada bukaanka iyo diiwaangelintiisa diiwaanka waa la tirtirayaa, waxaana la gelinayaa xannibaad si qofka aan mar kale loo diiwaangelin. Dib looma celin karo. Kiisku wuxuu hayaa kaliya waxa muujinaya in tirtiridda la sameeyay.
case-complete-erasure-button = Tirtir oo dhammee
case-complete-opt_out-lead = Waxaa la gelinayaa xannibaad si qofka aan loogu diiwaangelin diiwaanka. Xannibaaddu kuma jirto wax xog caafimaad ah.
case-complete-opt_out-button = Geli xannibaadda oo dhammee
case-complete-access_inquiry-lead = U sheeg bukaanka sababta xogta loo akhriyay.
case-complete-access_inquiry-button = Ka jawaab oo dhammee
case-confirm-erasure-label = Waxaan hubiyay in kani yahay qofka iyo diiwaanka saxda ah, iyo in xogta la tirtirayo.
case-target = Xogta la saxayo
case-target-none = Xog halkan ma jirto (waxaa lagu saxay nidaamka diiwaanka)
case-value = Qiimaha cusub
case-value-hint = Taariikhda u qor SSSS-BB-MM (sanad-bil-maalin), haa/maya u qor "ja" ama "nej", tirooyinka jajabka leh u qor hakad ama dhibic, koodhadhkana koodhkooda.
case-note = Fariin loogu talagalay bukaanka
case-note-hint = Waxay ka muuqataa kiiska bukaanka. Ha qorin xog caafimaad oo aan loo baahnayn.
case-extend = Kordhi waqtiga
case-extend-lead = Waqtiga hal mar ayaa la kordhin karaa, ugu badnaan laba bilood, haddii kiisku adag yahay ama codsiyadu badan yihiin. Bukaanku wuxuu arkayaa sababta.
case-months = Ku kordhi
case-months-option = { $months ->
    [one] 1 bil
   *[other] { $months } bilood
}
case-extension-reason = Sababta kordhinta
case-extend-button = Kordhi
case-reject = Diid
case-reject-lead = Bukaanku wuxuu arkayaa sababta iyo sida loogu cabto Integritetsskyddsmyndigheten, hay'adda Iswiidhan ee ilaalinta xogta shakhsiga.
case-rejection-reason = Sababta diidmada
case-reject-button = Diid codsiga
case-lift = Ka qaad xaddidaadda
case-lift-lead = Diiwaangelintu mar kale way firfircoonaanaysaa, xogtana sidii caadiga ahayd ayaa loo isticmaalayaa. Bukaanku wuxuu arkayaa sababta.
case-lift-reason = Sababta xaddidaadda looga qaadayo
case-lift-button = Ka qaad xaddidaadda
case-months-required = Dooro hal ama laba bilood.
case-reason-required = Qor sabab.
case-target-unknown = Liiska ka dooro mid ka mid ah xogta bukaanka.
case-value-required = Qor qiimaha cusub.
case-note-required = Dooro xog la saxo, ama qor waxa la sameeyay.
case-value-integer = Qor tiro dhan.
case-value-decimal = Qor tiro, tusaale ahaan 2,5.
case-value-date = Qor taariikh sida SSSS-BB-MM.
case-value-boolean = Qor "ja" (haa) ama "nej" (maya).
case-value-code = Qor mid ka mid ah koodhadhka goobta, sida ay ugu qoran yihiin sharraxaadda nuxurka diiwaanka.
case-already-extended = Waqtiga horay ayaa hal mar loo kordhiyay.
case-not-registered = Bukaanku hadda kuma diiwaangashana diiwaanka.
case-registered = Bukaanku wuxuu ku diiwaangashan yahay diiwaanka: xannibaaddu waxay khusaysaa oo keliya ka hor diiwaangelinta. Diid, ama bukaanka ka codso inuu codsado tirtirid.
case-confirm-erasure = Xaqiiji in xogta la tirtirayo.
case-closed = Kiiska horay ayaa go'aan looga gaaray.

mail-greeting = Salaan!
mail-received-subject = Waxaan helnay codsigaaga
mail-received-line = Codsigaaga leh tixraaca { $reference } waa la helay.
mail-in_progress-subject = Codsigaaga waa lagu shaqaynayaa
mail-in_progress-line = Codsigaaga leh tixraaca { $reference } hadda waa lagu shaqaynayaa.
mail-extended-subject = Waqtiga codsigaaga waa la kordhiyay
mail-extended-line = Diiwaanku wuxuu kordhiyay waqtiga codsigaaga leh tixraaca { $reference }. Sababta waxay ku qoran tahay codsiga.
mail-completed-subject = Codsigaaga waa la dhammeeyay
mail-completed-line = Codsigaaga leh tixraaca { $reference } waa la dhammeeyay.
mail-rejected-subject = Codsigaaga waa la diiday
mail-rejected-line = Codsigaaga leh tixraaca { $reference } waa la diiday. Sababta, iyo sida aad u caban karto, waxay ku qoran yihiin codsiga.
mail-restriction_lifted-subject = Mid ka mid ah codsiyadaada waa la cusboonaysiiyay
mail-restriction_lifted-line = Codsigaaga leh tixraaca { $reference } waa la cusboonaysiiyay.
mail-see-portal = Gal insyn si aad u aragto codsiga: { $link }
mail-no-reply = Warqaddan lagama jawaabi karo. Amniga awgiis, iimaylku marna kuma jiro wax xog ah oo ku saabsan caafimaadkaaga.
mail-confirm-subject = Xaqiiji cinwaankaaga iimaylka ee insyn
mail-confirm-line = Waxaad cinwaankan u bixisay ogeysiisyada insyn. Ku xaqiiji adigoo furaya xiriiriyahan, oo ansax ah 24 saacadood: { $link }
mail-confirm-ignore = Haddii aadan bixin cinwaankan, iska dhaaf warqaddan.
mail-staff-new-subject = Codsi cusub oo ku jira safka { $register }
mail-staff-new-line = Codsi cusub ayaa yimid safka { $register }: { $link }
mail-staff-digest-subject = { $count ->
    [one] 1 codsi oo ku jira { $register } waa in la dhammeeyaa toddobaad gudihiis
   *[other] { $count } codsi oo ku jira { $register } waa in la dhammeeyaa toddobaad gudihiis
}
mail-staff-digest-line = { $count ->
    [one] 1 codsi oo furan oo ku jira { $register } waa in la dhammeeyaa 7 maalmood gudahood, ama wuu dib u dhacay: { $link }
   *[other] { $count } codsi oo furan oo ku jira { $register } waa in la dhammeeyaa 7 maalmood gudahood, ama way dib u dhaceen: { $link }
}

notices-title = Iimayl ku saabsan codsiyadaada
notices-none = Ma rabtaa inaad hesho iimayl marka wax ka dhacaan codsiyadaada? Geli cinwaankaaga. Iimaylladu waxay sheegaan kaliya in wax dhaceen, marna ma sheegaan waxa codsigu ku saabsan yahay.
notices-unconfirmed = Xiriiriye ayaan u dirnay { $email }. Fur si aad u bilowdo helitaanka iimaylka.
notices-confirmed = Waxaad iimayl ku helaysaa { $email } marka wax ka dhacaan codsiyadaada.
notices-email = Cinwaanka iimaylka
notices-hint = Tusaale ahaan namn@exempel.se.
notices-save = Kaydi cinwaanka
notices-remove = Ka saar cinwaanka
notices-saved = Cinwaanka waa la kaydiyay. Fur xiriiriyaha ku jira iimaylka aan kuu dirnay si aad u xaqiijiso.
notices-removed = Cinwaanka waa la saaray. Iimayl kale ma heli doontid.
notices-confirmed-now = Cinwaanka waa la xaqiijiyay.
notices-link-invalid = Xiriiriyuhu hadda ansax ma aha. Mar kale kaydi cinwaanka si aad u hesho mid cusub.
notices-email-invalid = Qor cinwaan iimayl, tusaale ahaan namn@exempel.se.
notices-already-sent = Horay ayaan xiriiriye ugu dirnay cinwaankaas. Wuxuu ansax yahay 24 saacadood: eeg sanduuqa iimaylkaaga iyo sidoo kale galka spam-ka.
notices-unchanged = Kani horay ayuu u ahaa cinwaankaaga la xaqiijiyay. Waxba lama beddelin.
notices-email-too-many = Maanta waxaan dirnay iimaylo xaqiijin oo aad u badan. Fadlan isku day mar kale berri.

## The access log
me-see-log = Yaa arkay xogtayda?
log-title = Yaa arkay xogtayda
log-lead = Halkan waxaad ku aragtaa goorta xarumaha daryeelka iyo shaqaalaha diiwaanku ay akhriyeen, bixiyeen ama saxeen xogtaada ku jirta diiwaannada tayada – kuwa ugu dambeeyay marka hore. Liiska gadaal wax lagama beddeli karo.
log-tabs-label = Gelitaannada cidda
log-tab-others = Daryeelka caafimaadka iyo diiwaannada
log-tab-own = Daawashadaada iyo soo dejintaada gaarka ah
log-register = Diiwaanka
log-care-unit = Xarunta daryeelka
log-all = Dhammaan
log-from = Laga bilaabo
log-to = Ilaa
log-filter = Muuji
log-clear = Muuji dhammaan
log-download-csv = Soo deji liiska (CSV)
log-download-json = Soo deji liiska (JSON)
log-empty = Weli ma jiraan wax gelitaan ah.
log-empty-filtered = Ma jiro gelitaan u dhigma waxa aad dooratay.
log-when = Goorma
log-who = Yaa
log-kind = Gelitaanka
log-reason = Sababta la sheegay
log-no-reason = Sabab lama sheegin
log-next = Gelitaannadii hore
log-who-staff = Shaqaalaha { $register }
log-who-you = Adiga
log-who-unknown-unit = Xarun daryeel oo aan la aqoon
log-kinds-heading = Maxay ka dhigan yihiin noocyada gelitaanka?
log-kind-read = Akhris
log-kind-read-help = Qof ayaa akhriyay xogtaada, tusaale ahaan ka hor daaweyn, si loola socdo daryeelka, ama si looga shaqeeyo codsi aad dirtay.
log-kind-export = Soo saarid
log-kind-export-help = Xogtaada waxaa laga soo saaray diiwaanka, tusaale ahaan warbixin ama nuqul ahaan – sidoo kale marka adigu aad soo dejisay.
log-kind-correction = Saxid
log-kind-correction-help = Xog adiga kugu saabsan ayaa la beddelay. Xogtii hore way ku hadhaysaa diiwaanka, waxayna ka muuqataa warbixintaada.
log-kind-disclosure_research = Bixin loogu talagalay cilmi-baaris
log-kind-disclosure_research-help = Xog ayaa la siiyay mashruuc cilmi-baaris ah oo haysta oggolaanshaha dib-u-eegista anshaxa.
log-kind-disclosure_statistics = Bixin loogu talagalay tirakoob
log-kind-disclosure_statistics-help = Xog ayaa la bixiyay si loo sameeyo tirakoob, tusaale ahaan ku saabsan natiijooyinka daryeelka caafimaadka.
log-kept = Liiska waxaa la kaydiyaa ugu yaraan shan sano, xitaa haddii xogtaada laga tirtiro diiwaanka (HSLF-FS 2016:40).
log-ask-why = Weydii sababta
inquiry-lead = Ma la yaabban tahay sababta qof u arkay xogtaada? Qor su'aashaada, shaqaalaha diiwaankuna way kuu jawaabi doonaan. Gelitaanka hoose waa lala dirayaa.
inquiry-question = Su'aashaada
inquiry-question-hint = Tusaale ahaan: Xiriir lama lahayn rugtan caafimaadka – maxay u akhriyeen xogtayda?
inquiry-send = Dir su'aasha
inquiry-consequence = Su'aashu waxay gaaraysaa shaqaalaha diiwaanka, kuwaas oo baaraya sababta xogta loo akhriyay kadibna kuu jawaabaya. Su'aasha iyo jawaabta waxaa lagu kaydiyaa codsigaaga.
inquiry-already-open = Horay ayaad wax uga weydiisay gelitaankan, su'aashuna weli way furan tahay. Halkan ayaad kala socon kartaa:
inquiry-entry = Gelitaan
form-question-required = Qor su'aashaada.
form-question-short = Wax yar ku dar, ugu yaraan 10 xaraf, si shaqaaluhu u fahmaan waxaad weydiinayso.
case-answer-required = Qor jawaabta bukaanka.

# Refusals and failures of the plain forms and downloads (server/src/http/error.rs)
web-patient-only = Tani waxay u gaar tahay bukaanka laftiisa.
web-staff-only = Tani waxay u gaar tahay shaqaalaha diiwaanka.
web-not-found = Halkan ma jiro wax magacaas leh.
web-no-such-request = Codsi noocaas ah ma jiro.
web-no-data-in-register = Diiwaankaas kuma jirto xog adiga kugu saabsan.
web-case-decided = Kiiska horay ayaa go'aan looga gaaray, ama qof kale ayaa hadda wax ka beddelay. Dib u soo rar kiiska.
web-unknown-action = Ficil aan la aqoon.
web-unknown-language = Luqad aan la aqoon.
web-form-too-large = Foomku aad buu u weyn yahay.
web-form-token = Foomka lama hubin karin. Dib u soo rar bogga oo isku day mar kale.
web-cross-site = Codsigu wuxuu ka yimid bog kale, lamana fulin.
web-too-many-sign-ins = Isku-dayo gelitaan oo aad u badan. Wax yar sug oo isku day mar kale.
web-request-not-saved = Codsiga hadda lama kaydin karin. Waxba lama dirin. Isku day mar kale.
web-action-not-saved = Ficilka hadda lama kaydin karin. Waxba lama beddelin. Isku day mar kale.
web-address-not-saved = Cinwaanka hadda lama kaydin karin. Isku day mar kale.
web-sign-out-failed = Ka-bixitaanka hadda lama samayn karin. Isku day mar kale.
web-copy-unavailable = Nuqulka hadda lama samayn karo. Isku day mar kale wax yar kadib.
web-document-unavailable = Dukumentiga hadda lama samayn karo. Isku day mar kale wax yar kadib.
web-extract-unavailable = Warbixinta diiwaanka hadda lama samayn karo. Isku day mar kale wax yar kadib.

# The history of one record (pages/record_history.rs)
data-see-history = Eeg isbeddellada
history-title = Isbeddellada { $record }
history-about = Xogtu waxay khusaysaa { $date }, waxaana soo gudbiyay { $unit }.
history-lead = Halkan waxaa ku jira nooc kasta oo xogta ah oo diiwaanku kaydiyay, kan ugu dambeeyay marka hore. Saxiddu marna ma beddesho xog iyadoon halkan ka muuqan.
history-version = Nooca { $version }
history-by-staff = Waxaa beddelay shaqaalaha diiwaanka.
history-by-register = Waxaa soo gudbiyay diiwaanka.
history-request = Isbeddelka waxaa la sameeyay kadib codsiga
history-reason = Sababta:

# A yes-or-no value of a record's field (server/src/content.rs)
value-yes = Haa
value-no = Maya

# Beside the language switch, in languages not yet reviewed (components/layout.rs)
lang-machine-note = Turjumaaddan waxaa lagu diyaariyay caawimaad mashiin, weli ma eegin qof afkan hooyo u yahay.

# Said where the text is in another language than the page (pages/my_register.rs, pages/requests.rs)
content-language-note = Ereyada diiwaanka (noocyada xogta iyo meelaha) waxaa lagu muujiyaa Ingiriis, sababtoo ah diiwaanku ma turjumin.

## Acting for someone else (guardians, proxies, legal representatives)
nav-proxies = Wakiillada
nav-representatives = Ilaaliyayaasha sharciga ah
acting-title = Yaad tan u samaynaysaa?
acting-lead = Waxaad insyn u isticmaali kartaa naftaada ama qof aad matasho: ilmahaaga, qof ku siiyay wakaalad, ama qof aad ilaaliye sharci (god man ama förvaltare) u tahay. Goor kasta waad beddeli kartaa.
acting-legend = Waxaan rabaa inaan insyn u isticmaalo
acting-myself = Naftayda ({ $name })
acting-as-guardian = { $name } (adiga ayaa mas'uul ka ah ilmaha)
acting-as-proxy = { $name } (adiga ayaa wakiil u ah)
acting-as-representative = { $name } (adiga ayaa ilaaliye sharci u ah)
acting-offer-title = Waxaad sidoo kale insyn u isticmaali kartaa
acting-continue = Sii wad
acting-manage-link = Wakiillada iyo kuwa ku matala
acting-scope = { $what } · { $registers } · ilaa iyo { $until }
acting-scope-read = Waa loo oggol yahay akhriska
acting-scope-file = Waa loo oggol yahay akhriska iyo samaynta codsiyo
acting-scope-all-registers = Dhammaan diiwaannada
acting-banner-label = Qofka aad matalayso
acting-banner-guardian = Waxaad matalaysaa ilmahaaga { $name } adigoo ah mas'uulka ilmaha (vårdnadshavare).
acting-banner-proxy = Waxaad matalaysaa { $name } adigoo ah wakiil.
acting-banner-representative = Waxaad matalaysaa { $name } adigoo ah ilaaliyaha sharciga ah (god man ama förvaltare).
acting-back-to-self = Ku noqo adiga laftaada
acting-change = Beddel qofka
proxies-title = Wakiillada iyo kuwa ku matala
proxies-lead = Halkan waxaad ku aragtaa cidda insyn kuu isticmaali karta iyo waxa loo oggol yahay inay sameeyaan. Waxaad qof siin kartaa wakaalad si uu wakiilkaaga u noqdo, goor kastana waad laali kartaa.
proxies-granted = Wakaaladda waa la bixiyay. Wakiilkaagu wuu isticmaali karaa marka xigta ee uu galo insyn.
proxies-revoked = Wakaaladda waa la laalay. Mar dambe ma shaqaynayso, xataa qofka hadda galay.
proxies-choose-link = Dooro qofka aad matalayso
proxies-for-me-title = Cidda insyn kuu isticmaali karta
proxies-for-me-none = Qofna insyn kuuma isticmaali karo.
proxies-kind-guardian = { $name }, mas'uulka ilmaha (vårdnadshavare)
proxies-kind-proxy = { $name }, wakiil
proxies-kind-representative = { $name }, ilaaliyaha sharciga ah (god man ama förvaltare)
proxies-decision = Go'aanka: { $reference }
proxies-revoke = Laal wakaaladda
proxies-grant-title = Qof sii wakaalad
proxies-grant-lead = Wakiilkaagu wuxuu ku galaa aqoonsigiisa elektaroonigga ah. Wakiilku isna qof kale wakaalad ma siin karo.
proxies-personnummer = Personnummer-ka wakiilka
proxies-personnummer-hint = 12 lambar, tusaale ahaan 19621008-9899.
proxies-scope = Maxaa wakiilka loo oggol yahay inuu sameeyo?
proxies-reach = Diiwaannadee?
proxies-reach-some = Kaliya diiwaannada aan calaamadeeyo
proxies-until = Ansax ilaa iyo
proxies-until-hint = Ugu badnaan laba sano, ugu dambayn { $max }.
proxies-grant = Bixi wakaaladda
proxies-error-personnummer = Qor personnummer sax ah oo ka kooban 12 lambar.
proxies-error-registers = Calaamadee ugu yaraan hal diiwaan, ama dooro dhammaan diiwaannada.
proxies-error-until = Dooro taariikh dhammaad ah oo u dhaxaysa maanta iyo laba sano kadib.
proxies-error-themselves = Naftaada wakaalad ma siin kartid.
proxies-error-protected = Xaaladdaada, wakaalad lagama bixin karo insyn. Si toos ah ula xiriir diiwaanka.
representatives-title = Diiwaangeli ilaaliye sharci (god man ama förvaltare)
representatives-lead = Diiwaangeli ilaaliye sharci sida uu go'aamiyay maxkamadda degmada (tingsrätten) ama guddiga kormeerka ilaalinta (överförmyndarnämnden). Qofka la matalo wuxuu ku arkayaa boggiisa insyn.
representatives-entered = Ilaaliyaha sharciga ah waa la diiwaangeliyay.
representatives-represented = Personnummer-ka qofka la matalo
representatives-representative = Personnummer-ka ilaaliyaha sharciga ah
representatives-reference = Lambarka kiiska ee go'aanka (diarienummer)
representatives-reference-hint = Tusaale ahaan ÖFN 2025-0123.
representatives-registers = Kuwee ka mid ah diiwaannadaada?
representatives-from = Ansax laga bilaabo
representatives-until = Ansax ilaa iyo
representatives-submit = Diiwaangeli ilaaliyaha sharciga ah
representatives-error-reference = Qor lambarka kiiska ee go'aanka.
representatives-error-registers = Calaamadee ugu yaraan mid ka mid ah diiwaannadaada.
representatives-error-date = Qor taariikh.
representatives-error-themselves = Ilaaliyaha sharciga ah ma noqon karo isla qofka la matalo.
representatives-error-period = Taariikhda dhammaadku kama horrayn karto taariikhda bilowga.
log-who-guardian = Mas'uulkaaga { $name }
log-who-proxy = Wakiilkaaga { $name }
log-who-representative = Ilaaliyahaaga sharciga ah { $name }
receipt-filed-by = Waxaa sameeyay
request-filed-by-guardian = { $name }, oo ah mas'uulka ilmaha
request-filed-by-proxy = { $name }, oo ah wakiil
request-filed-by-representative = { $name }, oo ah ilaaliyaha sharciga ah
mail-for-someone-else = Codsigu wuxuu khuseeyaa qof aad ku matasho insyn.
signin-too-young-title = Mas'uulkaaga ayaa ku caawin kara
signin-too-young-body = Carruurtu keligood ma geli karaan insyn ilaa ay gaaraan da' ku filan. Mas'uulkaagu wuu arki karaa xogtaada, codsiyona wuu kuu samayn karaa.
web-acting-not-allowed = Tan uma samayn kartid qofka aad matalayso.
web-acting-not-saved = Hadda lama kaydin karin. Isku day mar kale wax yar kadib.
web-not-your-register = Kuma shaqaysid diiwaankaas.
nav-my-releases = Bixinta xogta
nav-staff-releases = Bixinta xogta
my-releases-title = Meelaha xogtaada loo bixiyay
my-releases-lead = Diiwaannadu mararka qaarkood waxay xog u bixiyaan cilmi-baaris iyo tirakoob, kadib qiimaynta sirta; cilmi-baarista waxaa sidoo kale loo baahan yahay oggolaansho ka yimid Etikprövningsmyndigheten, hay'adda Iswiidhan ee dib-u-eegista anshaxa. Halkan waxaad ku aragtaa bixin kasta oo ay xogtaadu ku jirtay, waxaadna maya u dhihi kartaa in xogtaada loo bixiyo cilmi-baaris iyo tirakoob.
my-releases-list-heading = Bixinta ay xogtaadu ku jirtay
my-releases-none = Xog adiga kugu saabsan looma bixin cilmi-baaris ama tirakoob iyadoo loo marayo insyn.
my-releases-included = Xogtaadu way ku jirtay.
my-releases-included-before-opt-out = Xogtaadu way ku jirtay, sababtoo ah bixinta waxaa la go'aamiyay ka hor intaadan maya odhan { $on }.
my-releases-left-out = Xogtaadu kuma jirin. Mayadaada cilmi-baarista iyo tirakoobka ayaa dhaqan gal ahayd markii bixinta la go'aamiyay.
opt-outs-heading = Waxyaabaha aad maya u tidhi
opt-outs-research-explained = Waxaad maya u dhihi kartaa in xogtaada loo bixiyo cilmi-baaris iyo tirakoob, adigoo weli ku jira diiwaanka, si daryeelka caafimaadku ula socdo una horumariyo tayadiisa. Uma baahnid inaad sabab sheegto, waqti kastana waad beddeli kartaa go'aankaaga.
opt-outs-none = Waxba maya uma aadan odhan.
opt-outs-every-register = Dhammaan diiwaannada
opt-outs-since = Tan iyo { $on }, { $how }.
opt-outs-withdraw = Dib u qaado diidmadayda
opt-outs-research-scope = Diiwaankee ayaad maya ugu dhahaysaa cilmi-baarista iyo tirakoobka?
opt-outs-research-effect = Diidmadaadu waxay khusaysaa bixinta la go'aamiyo hadda wixii ka dambeeya. Xogta horay loo bixiyay dib looma soo celin karo.
opt-outs-research-give = Maya u dheh cilmi-baarista iyo tirakoobka
opt-out-given = Diidmadaada waa la diiwaangeliyay. Waxay khusaysaa bixinta la go'aamiyo hadda wixii ka dambeeya.
opt-out-withdrawn = Diidmadaada waa la laalay.
opt-out-kind-registration = Maya diiwaangelinta
opt-out-kind-research = Maya cilmi-baarista iyo tirakoobka
opt-out-channel-insyn = insyn dhexdeeda
opt-out-channel-request = codsi insyn laga sameeyay
opt-out-channel-verbal = afka, rugta caafimaadka
opt-out-channel-paper = foomka warqadda ah
release-recipient = Qaataha
release-recipient-contact = Xiriirka qaataha
release-purpose = Ujeeddada
release-purpose-research = Cilmi-baaris
release-purpose-statistics = Tirakoob
release-purpose-quality_development = Horumarinta tayada
release-purpose-legal_duty = Hay'ad kale, sida sharcigu dhigayo
release-ethics-approval = Oggolaanshaha anshaxa
release-ethics-approval-hint = Lambarka kiiska ee Etikprövningsmyndigheten (hay'adda Iswiidhan ee dib-u-eegista anshaxa). Waa qasab marka ujeeddadu tahay cilmi-baaris.
release-legal-basis = Saldhigga sharciga
release-form = Qaabka
release-form-identifiable = Iyadoo leh personnummer
release-form-pseudonymised = Magac-qarsoon (pseudonymiserad: magacyo iyo personnummer la'aan)
release-form-aggregate = Tirada oo keliya
release-data = Xogtee
release-data-hint = Calaamadee noocyada qoraallada ee diiwaanka la doortay ee la bixinayo.
release-fields = Meelahee
release-decided = La go'aamiyay
release-decided-time = Saacadda go'aanka
release-decided-time-hint = Waqtiga Iswiidhan, tusaale ahaan 10:30. Diidmooyinka la diiwaangeliyay ka hor go'aanka ayaa la dabaqayaa.
release-delivered = La gaarsiiyay
release-optional = Ikhtiyaari.
release-diary-number = Lambarka kiiska (diarienummer)
release-fewer-than = ka yar { $count }
release-register = Diiwaanka
release-cohort = Dadka (personnummer)
release-cohort-hint = Hal personnummer sadar kasta, ama fayl hoos ku yaal. insyn waxay kooxda la doortay ka saartaa qof kasta oo maya u yidhi cilmi-baarista iyo tirakoobka.
release-cohort-file = Ama fayl ay ku jiraan personnummer (qoraal ama CSV)
release-cohort-lines = Sadarrada: { $lines }.
release-submit = Diiwaangeli bixinta
release-new-title = Diiwaangeli bixin
release-new-lead = Diiwaangeli bixin la go'aamiyay oo ah xogta diiwaanka. insyn waxay ka saartaa kuwii maya yidhi markii bixinta la go'aamiyay, waxayna ku siinaysaa kooxda xogtooda la bixin karo. Qof kasta oo ku jira bixin leh xog shakhsi ah wuxuu ku arkayaa liiska gelitaankiisa.
release-error-diary_number = Qor lambarka kiiska.
release-error-decided_at = Qor maalinta go'aanka (iyo saacadda sida SS:DD, saacad:daqiiqo).
release-error-recipient = Qor qaataha.
release-error-recipient_contact = Qor xiriirka qaataha.
release-error-legal_basis = Qor saldhigga sharciga.
release-error-fields = Qor meelaha la bixinayo.
release-error-delivered_on = Qor maalinta gaarsiinta sida SSSS-BB-MM, ama bannaan uga tag.
release-error-ethics_approval = Bixinta loogu talagalay cilmi-baarista waxay u baahan tahay lambarka kiiska ee oggolaanshaha anshaxa.
release-error-record_types = Dooro ugu yaraan hal nooc oo qoraal ah oo ka mid ah diiwaanka la doortay.
release-error-cohort-empty = Qor ugu yaraan hal personnummer.
release-error-cohort-large = Kooxda la doortay waxaa ku jiri kara ugu badnaan 200 000 qof.
release-error-cohort-malformed = Personnummer ka mid ah lama akhrin karo.
release-error-cohort-twice = Personnummer ka mid ah ayaa laba jeer ku jira.
release-error-cohort-unknown = Qof ka mid ah kuma jiro diiwaanka.
release-error-diary-taken = Bixin kale ayaa horay loogu diiwaangeliyay lambarkaas kiiska.
staff-releases-title = Bixinta xogta
staff-releases-lead = Bixinta xogta diiwaannadaada. Bixin kasta waxay ka muuqataa liiska dadweynaha ee bixinta, xog shakhsi ah la'aanteed.
staff-releases-new = Diiwaangeli bixin
staff-release-resolved = { $submitted } qof ayaa ku jira kooxda la doortay, { $delivered } xogtooda waa la bixin karaa, { $left_out } waa laga saaray (maya cilmi-baarista iyo tirakoobka, ama ka-shaqaynta xogta oo la xaddiday).
staff-release-download = Soo deji kooxda xogtooda la bixin karo (CSV)
staff-release-fingerprint = Calaamadda dhijitaalka ah (fingerprint) ee diidmooyinka la dabaqay
staff-release-recorded = La diiwaangeliyay
staff-release-by-system = waxaa diiwaangeliyay nidaamka diiwaanka
public-releases-title = Bixinta xogta { $register }
public-releases-lead = Dhammaan bixinta xogta diiwaanka ee loogu talagalay cilmi-baaris, tirakoob iyo ujeeddooyin kale, xog shakhsi ah la'aanteed. Tirooyinka yar lama muujiyo, si aan qofna loo garan.
public-releases-heading = Bixinta xogta
public-releases-none = Wax bixin ah lama diiwaangelin.
public-releases-cohort = { $count } qof
public-releases-counted = Tirada: { $count }
public-releases-left-out = Kuwa laga reebay diidmo awgeed: { $count }
handling-heading = Sida diiwaanku u maareeyo codsiyada
handling-lead = Codsiyada saxidda, xaddidaadda, tirtiridda iyo diidmada, iyo su'aalaha ku saabsan liiska gelitaanka, iyadoo loo kala saaray bisha ay yimaadeen. Waqtiga waxaa lagu xisaabiyaa maalmo, laga bilaabo marka codsigu yimaado ilaa go'aanka.
handling-none = Wax codsi ah ma iman.
handling-month = Bisha
handling-received = La helay
handling-completed = La dhammeeyay
handling-rejected = La diiday
handling-median = Dhexdhexaadka (median), maalmo
handling-p90 = Boqolleyda 90aad, maalmo
handling-extended = Waqtiga la kordhiyay
register-releases-heading = Bixinta xogta
register-releases-body = Diiwaanku wuxuu xog u bixiyaa cilmi-baaris iyo tirakoob kadib qiimaynta sirta. Bixin kasta si furan ayaa loo soo bandhigaa.
register-releases-link = Eeg bixinta xogta diiwaanka iyo sida uu u maareeyo codsiyada
recipients-heading = Qaatayaasha la ogeysiinayo
recipients-lead = Xogta waxaa hore loo siiyay qaatayaashan. Diiwaanku wuxuu mid walba ku ogeysiiyaa isbeddelka (Xeerka Guud ee Ilaalinta Xogta – GDPR, qodobka 19).
recipients-not-told = Weli lama ogeysiin
recipients-told-on = La ogeysiiyay { $on }
recipients-told = La ogeysiiyay
recipients-mark-told = Calaamadee in la ogeysiiyay
status-recipient_told = Qaataha waa la ogeysiiyay
mail-recipient_told-subject = Mid ka mid ah codsiyadaada waa la cusboonaysiiyay
mail-recipient_told-line = Codsigaaga leh tixraaca { $reference } waa la cusboonaysiiyay.
form-file-not-text = Faylka looma akhrin karo qoraal ahaan. U kaydi qoraal ama CSV, kadib isku day mar kale.
release-error-decided-future = Bixin lama diiwaangelin karo ka hor inta aan la go'aamin: geli go'aan horay loo gaaray.
receipt-handled-by = Waxaa maamula
receipt-handled-by-register = { $register } (isku-duwayaasha diiwaanka)
