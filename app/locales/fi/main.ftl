# insyn – Finnish texts (suomi), translated from sv/main.ftl. Every id must also exist in sv/main.ftl.

site-name = insyn
site-name-long = insyn – oikeutesi Ruotsin kansallisissa laaturekistereissä
site-tagline = Tietosi laaturekistereissä
skip-to-content = Siirry sisältöön
nav-label = Päävalikko
nav-home = Etusivu
nav-registers = Rekisterit
lang-switch-label = Kieli
breadcrumbs-label = Olet tässä
loading = Ladataan …

footer-about = insyn on verkkopalvelu Ruotsin kansallisissa laaturekistereissä oleville potilaille. Täällä näet, missä rekistereissä olet, saat kopion tiedoistasi ja voit käyttää oikeuksiasi.
footer-not-decision-support = Laaturekistereitä käytetään hoidon laadun kehittämiseen ja varmistamiseen. Ne eivät ole päätöksenteon tuki: mikään insyn-palvelussa ei vaikuta omaan hoitoosi.
footer-complain = Jos katsot, että henkilötietojasi käsitellään väärin, voit tehdä valituksen valvontaviranomaiselle:
footer-imy = Integritetsskyddsmyndigheten (IMY), Ruotsin tietosuojaviranomainen

error-code = Virhe { $status }
error-not-found-title = Sivua ei löydy
error-not-found-body = Emme löydä etsimääsi. Tarkista osoite tai aloita alusta etusivulta.
error-unavailable-title = Palvelu ei ole juuri nyt käytettävissä
error-unavailable-body = Emme tavoita tietojamme tällä hetkellä. Mitään ei ole muutettu. Yritä hetken kuluttua uudelleen.
error-internal-title = Jokin meni vikaan
error-internal-body = Järjestelmässämme tapahtui odottamaton virhe. Mitään ei ole muutettu. Yritä uudelleen, ja ota yhteyttä rekisteriin, jos virhe toistuu.
error-back-home = Etusivulle

home-title = Etusivu
home-heading = Tietosi Ruotsin kansallisissa laaturekistereissä
home-lead = insyn-palvelussa näet, missä laaturekistereissä olet, mitä sinusta on kirjattu ja kuka on katsonut tietojasi – ja voit käyttää oikeuksiasi suoraan ilman paperilomakkeita.
me-heading-acting = Rekisterit: { $name }
me-lead-acting = Tässä näet kaikki insyn-palvelun kansalliset laaturekisterit ja sen, onko { $name } niissä.
home-what = Kansallisiin laaturekistereihin kerätään tietoja hoidosta ja hoitotoimenpiteistä, jotta terveydenhuolto voi seurata ja parantaa tuloksiaan. Sinulla on oikeus tietää, mitä sinusta rekisteröidään, ja voit milloin tahansa kieltäytyä osallistumasta.
home-see-registers = Katso, mitä rekistereitä on

rights-heading = Oikeutesi
rights-intro = Voit tehdä nämä asiat insyn-palvelussa. Kirjaudut sisään sähköisellä tunnistusvälineellä.
right-know-title = Tieto siitä, oletko rekisterissä
right-know-body = Näet, missä rekistereissä olet, mihin rekisteriä käytetään, kuka siitä vastaa ja kuinka kauan tietoja säilytetään.
right-copy-title = Kopio tiedoistasi
right-copy-body = Lataa tietosi maksutta rekisteriotteena PDF-muodossa ja koneluettavassa muodossa (JSON).
right-correct-title = Virheiden oikaiseminen
right-correct-body = Pyydä, että virheellinen tai puutteellinen tieto oikaistaan tai sitä täydennetään. Vanha versio säilyy historiassa.
right-restrict-title = Käsittelyn rajoittaminen
right-restrict-body = Pyydä, että tietojasi vain säilytetään eikä niitä käytetä tilastoihin tai luovuteta, esimerkiksi sillä aikaa, kun oikaisua selvitetään.
right-erase-title = Rekisteröinnin lopettaminen tai kieltäytyminen etukäteen
right-erase-body = Pyydä, että tietosi poistetaan rekisteristä eikä sinua rekisteröidä uudelleen, tai kieltäydy ennen kuin sinusta on tietoja (Nej-blankett eli kieltäytymislomake, sähköisesti).
right-access-log-title = Tieto siitä, kuka on katsonut tietojasi
right-access-log-body = Näet, mikä hoitoyksikkö on käyttänyt tietojasi, milloin, millä tavalla ja miksi – ja voit kysyä käyttökerrasta, jota et tunnista.
right-complain-title = Valituksen tekeminen
right-complain-body = Jos et ole tyytyväinen siihen, miten rekisteri käsittelee tietojasi, voit tehdä valituksen Ruotsin tietosuojaviranomaiselle (Integritetsskyddsmyndigheten, IMY).

deadline-heading = Vastaus kuukauden kuluessa
deadline-body = Jokainen pyyntö saa asianumeron ja kuitin. Rekisterin on vastattava kuukauden kuluessa. Määräaikaa voidaan jatkaa kerran enintään kahdella kuukaudella, ja silloin sinulle kerrotaan syy. Näet koko ajan, montako päivää on jäljellä.

registers-title = Rekisterit
registers-heading = Rekisterit insyn-palvelussa
registers-lead = Tässä ovat kaikki insyn-palvelun laaturekisterit. Valitse rekisteri, niin näet, mihin sitä käytetään ja kuka siitä vastaa.
registers-filter-label = Hae rekistereitä
registers-filter-hint = Hae nimellä, lyhenteellä tai aiheella.
registers-filter-submit = Hae
registers-filter-none = Hakuasi vastaavia rekistereitä ei löytynyt.
register-count = { $count ->
    [one] { $count } rekisteri
   *[other] { $count } rekisteriä
}

register-purpose = Käyttötarkoitus
register-controller = Rekisterinpitäjä
register-holder = Rekisterin vastuuhenkilö
register-retention = Säilytysaika
register-contact = Yhteystiedot
register-dpo = Tietosuojavastaava
register-website = Verkkosivusto
register-rights-heading = Oikeutesi tässä rekisterissä
register-rights-body = Sinulla on oikeus saada tietää, oletko rekisterissä, saada kopio tiedoistasi, saada virheet oikaistuiksi, pyytää käsittelyn rajoittamista, tulla poistetuksi rekisteristä ja nähdä, kuka on käyttänyt tietojasi. Osallistuminen on vapaaehtoista: voit milloin tahansa kieltäytyä.
register-not-decision-support = Rekisteriä käytetään hoidon seurantaan ja parantamiseen, ei päätöksenteon tukena omassa hoidossasi.

nav-my-registers = Omat rekisterit
nav-staff = Henkilökunnan etusivu
sign-in = Kirjaudu sisään
sign-out = Kirjaudu ulos
sign-in-again = Kirjaudu uudelleen
error-sign-in-title = Sinun on kirjauduttava sisään
error-sign-in-body = Sivulla näkyvät omat tietosi, joten kirjaudu ensin sisään sähköisellä tunnistusvälineelläsi.
error-forbidden-title = Sivu ei ole sinua varten
error-forbidden-body = Olet kirjautunut sisään, mutta sivu kuuluu insyn-palvelun toiseen osaan. Potilailla ja rekisterien henkilökunnalla on omat sivunsa.

session-notice = Turvallisuutesi vuoksi sinut kirjataan ulos, jos et käytä palvelua { $minutes } minuuttiin.
session-warning = Sinut kirjataan ulos { $left } kuluttua, koska et ole ollut aktiivinen.
session-stay = Pysy kirjautuneena
session-ended = Sinut on kirjattu ulos, koska et ole ollut aktiivinen.

me-title = Omat rekisterit
me-heading = Tervetuloa, { $name }
me-lead = Tässä näet kaikki insyn-palvelun kansalliset laaturekisterit ja sen, oletko niissä. Valitse rekisteri, niin näet, mihin sitä käytetään ja kuka siitä vastaa.
me-registers-heading = Omat rekisterit
me-status-registered = Rekisterissä { $since } alkaen
me-status-restricted = Rekisterissä { $since } alkaen – käsittelyä on rajoitettu
me-status-not-registered = Ei rekisterissä

staff-title = Henkilökunnan etusivu
staff-heading = Tervetuloa, { $name }
staff-lead = Olet kirjautunut rekisterin henkilökuntana HSA-id:llä { $hsa_id }.
staff-registers-heading = Rekisterisi

signin-error-title = Kirjautuminen epäonnistui
signin-nothing-created = Sinua ei ole kirjattu sisään, eikä mitään ole tallennettu.
signin-try-again = Yritä uudelleen
signin-unavailable-title = Kirjautuminen ei toimi juuri nyt
signin-unavailable-body = Emme tavoita tunnistuspalvelua tällä hetkellä. Yritä hetken kuluttua uudelleen.
signin-expired-title = Kirjautuminen kesti liian kauan tai keskeytyi
signin-expired-body = Kirjautuminen on tehtävä loppuun samassa selaimessa kymmenen minuutin kuluessa, ja sitä voi käyttää vain kerran. Aloita alusta.
signin-cancelled-title = Keskeytit kirjautumisen
signin-cancelled-body = Kirjautuminen keskeytettiin tunnistuspalvelussa. Voit aloittaa alusta milloin haluat.
signin-refused-title = Kirjautumista ei voitu tarkistaa
signin-refused-body = Tunnistuspalvelun vastaus ei läpäissyt turvatarkastuksiamme. Aloita alusta. Jos sama toistuu, ota yhteyttä rekisteriin.
signin-assurance-title = Tunnistusvälineesi ei riitä insyn-palveluun
signin-assurance-body = insyn näyttää terveystietoja, ja siihen tarvitaan sähköinen tunnistusväline, jonka varmuustaso on 3, esimerkiksi BankID tai Freja+.
signin-two-factor-title = Kahden tekijän tunnistus vaaditaan
signin-two-factor-body = Rekisterien henkilökunnan on kirjauduttava kahden tekijän tunnistuksella, esimerkiksi SITHS-kortilla ja PIN-koodilla.
signin-identity-title = Henkilöllisyyttäsi ei voitu lukea
signin-identity-body = Tunnistuspalvelu ei antanut kelvollista ruotsalaista henkilötunnusta (personnummer) tai HSA-id:tä. Ota yhteyttä tunnistuspalvelun tukeen.
signin-unknown-staff-title = Sinua ei ole merkitty rekisterin henkilökuntaan
signin-unknown-staff-body = HSA-id:täsi ei löydy minkään insyn-palvelun rekisterin henkilökunnasta. Pyydä rekisterisi koordinaattoria lisäämään sinut.

me-download-pdf = Lataa rekisteriote (PDF)
me-download-json = Lataa kaikki tiedot (JSON)
me-record-count = { $count ->
    [one] 1 merkintä
   *[other] { $count } merkintää
}
me-latest-change = muutettu viimeksi { $on }
me-see-data = Katso tietosi
me-about-register = Tietoa rekisteristä

data-about-register = Tietoa rekisteristä: käyttötarkoitus, vastuutahot ja säilytysaika
data-downloads-heading = Oma kopiosi
data-downloads-body = Sinulla on oikeus saada maksutta kopio tiedoistasi. Rekisteriote on PDF-tiedosto, jonka voit lukea ja tallentaa. JSON-tiedostossa ovat samat tiedot koneluettavassa muodossa, jonka voit viedä mukanasi.
data-download-pdf = Rekisteriote (PDF)
data-download-json = Tiedot (JSON)
data-records-heading = { $count ->
    [one] 1 rekisteröity merkintä
   *[other] { $count } rekisteröityä merkintää
}
data-no-records = Rekisterissä ei ole vielä merkintöjä sinusta.
data-not-registered = Sinua ei ole rekisteröity tähän rekisteriin.
data-reported-by = ilmoittaja: { $unit }
data-corrected = Oikaistu { $on }
data-pages-label = Sivut
data-page-of = Sivu { $page } / { $pages }
data-previous = Edellinen sivu
data-next = Seuraava sivu

pdf-title = Rekisteriote
pdf-personnummer = Personnummer (henkilötunnus)
pdf-generated = Luotu
pdf-reference = Viite
pdf-reference-explained = Ote on kirjattu käyttölokiisi yllä olevalla viitteellä. Sinulla on oikeus saada maksutta kopio tiedoistasi (EU:n yleisen tietosuoja-asetuksen 15 artikla).
pdf-registers-included = Otteeseen sisältyvät rekisterit
pdf-no-registers = Et ole missään insyn-palvelun rekistereistä.
pdf-rights = Jos jokin on väärin tai puuttuu, voit pyytää oikaisua insyn-palvelussa. Voit myös pyytää, että käsittelyä rajoitetaan, että tiedot poistetaan tai että sinua ei rekisteröidä. Jos katsot, että tietojasi käsitellään väärin, voit tehdä valituksen Ruotsin tietosuojaviranomaiselle (Integritetsskyddsmyndigheten, IMY).
pdf-registered-since = Rekisterissä { $date } alkaen
pdf-restricted = Tietojesi käsittelyä on rajoitettu (EU:n yleisen tietosuoja-asetuksen 18 artikla).
pdf-no-records = Rekisterissä ei ole merkintöjä sinusta.
pdf-corrected = Oikaistu
pdf-col-date = Päivämäärä
pdf-col-care-unit = Hoitoyksikkö
pdf-col-values = Tiedot
pdf-access-log = Käyttöloki
pdf-access-log-explained = Ketkä ovat käyttäneet tietojasi ja milloin, vanhimmat ensin. "Sinä itse" tarkoittaa omia katselujasi ja latauksiasi insyn-palvelussa.
pdf-col-time = Aika (UTC)
pdf-col-register = Rekisteri
pdf-col-who = Kuka
pdf-col-kind = Tyyppi
pdf-col-reason = Syy
pdf-actor-patient = Sinä itse (insyn)
pdf-actor-staff = Rekisterin henkilökunta
pdf-kind-read = Katselu
pdf-kind-export = Kopion luovutus
pdf-kind-correction = Oikaisu
pdf-kind-disclosure_research = Luovutus tutkimukseen
pdf-kind-disclosure_statistics = Luovutus tilastointiin
pdf-none = Ei mitään.
pdf-requests = Asiasi
pdf-col-reference = Viite
pdf-col-request = Asia
pdf-col-status = Tila
pdf-col-received = Saapunut
pdf-col-due = Määräpäivä
pdf-footer = Rekisteriote insyn-palvelusta · viite { $reference } · sivu { $page } / { $pages }
pdf-receipt-title = Kuitti
pdf-receipt-extended = Määräaikaa jatkettu
pdf-receipt-decided = Ratkaistu
pdf-receipt-decision = Päätös
pdf-receipt-col-field = Tieto
pdf-receipt-col-value = Sisältö
pdf-receipt-note = Huomautus
pdf-receipt-deadline = Rekisterin on vastattava kuukauden kuluessa. Määräaikaa voidaan jatkaa kerran enintään kahdella kuukaudella, jos rekisteri kertoo syyn (EU:n yleisen tietosuoja-asetuksen 12 artiklan 3 kohta). Voit seurata asiaa insyn-palvelun kohdassa Omat asiat.
pdf-receipt-complain = Jos et ole tyytyväinen päätökseen, voit tehdä valituksen Ruotsin tietosuojaviranomaiselle (Integritetsskyddsmyndigheten, IMY), www.imy.se.
pdf-receipt-footer = Kuitti insyn-palvelusta · viite { $reference } · sivu { $page } / { $pages }
receipt-pdf = Tallenna kuitti (PDF)

me-status-opted-out = Rekisteröinti lopetettu – sinua ei saa rekisteröidä tähän rekisteriin
me-use-rights = Oikeutesi
me-opt-out = En halua, että minut rekisteröidään
rights-in-register-heading = Oikeutesi tässä rekisterissä
my-requests-link = Omat asiat
request-correction-link = Pyydä oikaisua tai täydentämistä
request-restriction-link = Pyydä käsittelyn rajoittamista
request-erasure-link = Pyydä tietojen poistamista ja rekisteröinnin lopettamista
request-opt_out-link = En halua, että minut rekisteröidään (kieltäytymislomake)
request-access_inquiry-link = Kysy, miksi joku käytti tietojasi

request-correction-title = Oikaisu tai täydentäminen
request-correction-lead = Kerro, mikä tiedoissasi on väärin tai mitä niistä puuttuu, niin rekisteri oikaisee sen.
request-correction-consequence = Rekisterin henkilökunta tarkistaa pyyntösi. Jos tietoja oikaistaan, näet oikaistun arvon ja sen, että merkintä on oikaistu. Vanha versio säilyy merkinnän historiassa.
request-correction-confirm = Haluan, että rekisteri oikaisee tai täydentää tietojani edellä kuvatulla tavalla.
request-restriction-title = Käsittelyn rajoittaminen
request-restriction-lead = Voit pyytää, että tietojasi saa vain säilyttää mutta ei käyttää sillä aikaa, kun jotain selvitetään.
request-restriction-consequence = Jos pyyntö hyväksytään, tietosi säilytetään, mutta ne jätetään pois kaikista tilastoista, tutkimuksista ja poiminnoista, kunnes rajoitus poistetaan. Sinulle kerrotaan, ennen kuin rajoitus poistetaan.
request-restriction-confirm = Haluan, että tietojeni käsittelyä rajoitetaan valitsemastani syystä.
request-erasure-title = Tietojen poistaminen ja rekisteröinnin lopettaminen
request-erasure-lead = Voit milloin tahansa pyytää, että tietosi poistetaan rekisteristä eikä sinua rekisteröidä uudelleen.
request-erasure-consequence = Kaikki merkintäsi ja rekisteröintisi poistetaan rekisteristä. Jäljelle jää vain kirjaus, jossa ei ole terveystietoja ja jonka mukaan sinua ei saa rekisteröidä, jotta rekisteri ei ota vastaan uusia tietoja sinusta. Poistamista ei voi perua. Tämä ei vaikuta hoitoosi.
request-erasure-confirm = Ymmärrän, että poistamista ei voi perua, enkä halua olla mukana rekisterissä.
request-opt_out-title = En halua, että minut rekisteröidään
request-opt_out-lead = Voit kieltäytyä rekisteristä ennen kuin siellä on sinusta tietoja (kieltäytymislomake, sähköisesti).
request-opt_out-consequence = Rekisteriin tallennetaan kirjaus, jossa ei ole terveystietoja ja jonka mukaan sinua ei saa rekisteröidä. Sen jälkeen rekisteri ei ota vastaan tietoja sinusta. Tämä ei vaikuta hoitoosi.
request-opt_out-confirm = En halua, että minut rekisteröidään tähän rekisteriin.
request-access_inquiry-title = Kysymys käyttökerrasta
request-what-happens = Mitä tapahtuu?
request-deadline-explained = Rekisterin on vastattava kuukauden kuluessa. Määräaikaa voidaan tarvittaessa jatkaa kerran enintään kahdella kuukaudella, ja silloin sinulle kerrotaan syy.
request-send = Lähetä pyyntö
request-already-open = Sinulla on jo tässä rekisterissä avoin samanlainen asia.
request-see = Näytä asia { $reference }
request-opt-out-registered = Olet jo tässä rekisterissä. Jos et halua olla mukana, pyydä sen sijaan tietojen poistamista ja rekisteröinnin lopettamista.
request-already-opted-out = Rekisteröintisi tähän rekisteriin on lopetettu.

form-errors-title = Lomakkeessa on korjattavaa
form-optional = (vapaaehtoinen)
form-record = Mitä merkintää asia koskee?
form-record-missing = Jotain puuttuu kokonaan
form-field = Mitä tietoa asia koskee?
form-field-hint = Esimerkiksi "Siirrettyjen alkioiden määrä". Jätä tyhjäksi, jos asia koskee koko merkintää.
form-problem = Mikä on väärin tai mitä puuttuu?
form-problem-hint = Kuvaile omin sanoin, vähintään 10 merkkiä.
form-proposed = Mitä siinä pitäisi lukea?
form-ground = Miksi haluat rajoittaa käsittelyä?
form-explanation = Kerro lisää
form-confirm-required = Vahvista pyyntösi valitsemalla ruutu.
form-problem-required = Kuvaile, mikä on väärin tai mitä puuttuu.
form-problem-too-short = Kuvaile hieman tarkemmin, vähintään 10 merkkiä.
form-control-characters = Tekstissä on näkymättömiä ohjausmerkkejä, joita ei voi tallentaa. Poista ne ja yritä uudelleen.
form-too-long = Teksti on liian pitkä, enintään 2 000 merkkiä.
form-too-long-short = Teksti on liian pitkä, enintään 300 merkkiä.
form-ground-required = Valitse yksi syistä.
form-kind-unknown = Tällaista pyyntöä ei tehdä täällä.
ground-accuracy = Mielestäni tiedot ovat virheellisiä, enkä halua, että niitä käytetään sillä aikaa, kun asiaa tarkistetaan.
ground-unlawful = Käsittely on lainvastaista, mutta haluan, että tiedot säilytetään eikä niitä poisteta.
ground-legal_claims = Tarvitsen tietoja voidakseni esittää oikeudellisen vaateen.
ground-objection = Olen vastustanut käsittelyä ja haluan, että sitä rajoitetaan sillä aikaa, kun vastustamistani arvioidaan.

my-requests-title = Omat asiat
my-requests-lead = Tässä näet kaikki pyyntösi, niiden tilanteen ja sen, mihin mennessä rekisterin on viimeistään vastattava.
my-requests-none = Sinulla ei ole asioita.
status-received = Vastaanotettu
status-in_progress = Käsittelyssä
status-extended = Käsittelyssä, määräaikaa jatkettu
status-completed = Valmis
status-rejected = Hylätty
clock-days-left = Valmis viimeistään { $due } ({ $days ->
    [one] 1 päivä jäljellä
   *[other] { $days } päivää jäljellä
})
clock-overdue = Olisi pitänyt olla valmis { $due } ({ $days ->
    [one] 1 päivä myöhässä
   *[other] { $days } päivää myöhässä
})
clock-decided = Ratkaistu { $on }
clock-extended = Määräaikaa jatkettiin: { $reason }
receipt-lead = Pyyntösi on vastaanotettu. Tallenna viite, jos haluat ottaa yhteyttä rekisteriin.
receipt-reference = Viite
receipt-register = Rekisteri
receipt-received = Vastaanotettu
receipt-due = Valmis viimeistään
receipt-timeline = Tapahtumat
receipt-decision = Päätös: { $reason }
receipt-complain = Jos et ole tyytyväinen päätökseen, voit tehdä valituksen valvontaviranomaiselle:
request-details = Pyyntösi
request-details-erased = Kirjoittamasi teksti poistettiin yhdessä rekisterissä olleiden tietojesi kanssa.

queue-title = Asiajono
queue-open-link = Siirry asiajonoon
queue-empty = Ei vastaavia asioita.
queue-due = Määräpäivä
queue-reference = Viite
queue-register = Rekisteri
queue-kind = Asia
queue-status = Tila
queue-received = Saapunut
queue-all = Kaikki
queue-open = Kaikki avoimet
queue-filter = Näytä
queue-next = Seuraava sivu
queue-overdue = { $days ->
    [one] 1 päivä myöhässä
   *[other] { $days } päivää myöhässä
}
queue-nearly-due = { $days ->
    [0] erääntyy tänään
    [one] 1 päivä jäljellä
   *[other] { $days } päivää jäljellä
}
case-patient = Potilas
case-data = { $count ->
    [one] Potilaan tiedot rekisterissä: 1 merkintä
   *[other] Potilaan tiedot rekisterissä: { $count } merkintää
}
case-data-logged = Se, että katsot tietoja, kirjataan potilaan käyttölokiin, ja syyksi merkitään asian viite.
status-restriction_lifted = Rajoitus poistettu
case-actions = Käsittele asia
case-take = Ota asia käsittelyyn
case-take-lead = Ota asia käsittelyyn, jotta potilas näkee, että sitä käsitellään.
case-complete = Päätä asia
case-complete-correction-lead = Valitse oikaistava tieto ja kirjoita uusi arvo. Vanha versio säilyy merkinnän historiassa, ja potilas näkee, että tieto on oikaistu. Jos oikaisu tehdään rekisterin omassa järjestelmässä, älä valitse tietoa vaan kirjoita, mitä on tehty.
case-complete-correction-button = Oikaise ja päätä
case-complete-restriction-lead = Rekisteröinti rajoitetaan: tiedot säilytetään, mutta niitä ei käytetä tilastoihin, poimintoihin tai luovutuksiin, ennen kuin rajoitus poistetaan.
case-complete-restriction-button = Rajoita ja päätä
case-complete-erasure-lead = Kaikki potilaan merkinnät ja rekisteröinti tähän rekisteriin poistetaan, ja rekisteröintikielto kirjataan, jotta henkilöä ei rekisteröidä uudelleen. Tätä ei voi perua. Asiaan jää vain se, mikä osoittaa, että poistaminen on tehty.
case-complete-erasure-button = Poista ja päätä
case-complete-opt_out-lead = Rekisteröintikielto kirjataan, jotta henkilöä ei rekisteröidä tähän rekisteriin. Kielto ei sisällä terveystietoja.
case-complete-opt_out-button = Kirjaa kielto ja päätä
case-complete-access_inquiry-lead = Kerro potilaalle, miksi tietoja katsottiin.
case-complete-access_inquiry-button = Vastaa ja päätä
case-confirm-erasure-label = Olen tarkistanut, että kyse on oikeasta henkilöstä ja rekisteristä ja että tiedot on määrä poistaa.
case-target = Oikaistava tieto
case-target-none = Ei tietoa tässä (oikaistu rekisterin järjestelmässä)
case-value = Uusi arvo
case-value-hint = Päivämäärät muodossa VVVV-KK-PP, kyllä/ei-tiedot sanoilla ja tai nej, desimaaliluvut pilkulla tai pisteellä, koodit koodillaan.
case-note = Viesti potilaalle
case-note-hint = Näkyy potilaan asiassa. Älä kirjoita terveystietoja, joita ei tarvita.
case-extend = Määräajan jatkaminen
case-extend-lead = Määräaikaa voidaan jatkaa kerran enintään kahdella kuukaudella, jos asia on monimutkainen tai asioita on paljon. Potilas näkee syyn.
case-months = Jatkoaika
case-months-option = { $months ->
    [one] 1 kuukausi
   *[other] { $months } kuukautta
}
case-extension-reason = Jatkamisen syy
case-extend-button = Jatka määräaikaa
case-reject = Hylkää
case-reject-lead = Potilas näkee syyn ja ohjeet valituksen tekemiseen Ruotsin tietosuojaviranomaiselle (Integritetsskyddsmyndigheten).
case-rejection-reason = Hylkäämisen syy
case-reject-button = Hylkää pyyntö
case-lift = Poista rajoitus
case-lift-lead = Rekisteröinti on taas aktiivinen, ja tietoja käytetään tavalliseen tapaan. Potilas näkee syyn.
case-lift-reason = Rajoituksen poistamisen syy
case-lift-button = Poista rajoitus
case-months-required = Valitse yksi tai kaksi kuukautta.
case-reason-required = Kirjoita syy.
case-target-unknown = Valitse jokin potilaan tiedoista luettelosta.
case-value-required = Kirjoita uusi arvo.
case-note-required = Valitse oikaistava tieto tai kirjoita, mitä on tehty.
case-value-integer = Kirjoita kokonaisluku.
case-value-decimal = Kirjoita luku, esimerkiksi 2,5.
case-value-date = Kirjoita päivämäärä muodossa VVVV-KK-PP.
case-value-boolean = Kirjoita ja (kyllä) tai nej (ei).
case-value-code = Kirjoita jokin kentän koodeista sellaisena kuin se on rekisterin sisältökuvauksessa.
case-already-extended = Määräaikaa on jo jatkettu kerran.
case-not-registered = Potilas ei ole enää tässä rekisterissä.
case-registered = Potilas on tässä rekisterissä: rekisteröintikielto koskee vain aikaa ennen rekisteröintiä. Hylkää pyyntö tai pyydä potilasta pyytämään tietojen poistamista.
case-confirm-erasure = Vahvista, että tiedot poistetaan.
case-closed = Asia on jo ratkaistu.

mail-greeting = Hei!
mail-received-subject = Olemme vastaanottaneet pyyntösi
mail-received-line = Pyyntösi, jonka viite on { $reference }, on vastaanotettu.
mail-in_progress-subject = Pyyntöäsi käsitellään
mail-in_progress-line = Pyyntöäsi, jonka viite on { $reference }, käsitellään nyt.
mail-extended-subject = Pyyntösi määräaikaa on jatkettu
mail-extended-line = Rekisteri on jatkanut pyyntösi määräaikaa (viite { $reference }). Syy näkyy asiassa.
mail-completed-subject = Pyyntösi on valmis
mail-completed-line = Pyyntösi, jonka viite on { $reference }, on valmis.
mail-rejected-subject = Pyyntösi on hylätty
mail-rejected-line = Pyyntösi, jonka viite on { $reference }, on hylätty. Syy ja ohjeet valituksen tekemiseen näkyvät asiassa.
mail-restriction_lifted-subject = Yhtä asiaasi on päivitetty
mail-restriction_lifted-line = Asiaasi, jonka viite on { $reference }, on päivitetty.
mail-see-portal = Kirjaudu insyn-palveluun nähdäksesi asian: { $link }
mail-no-reply = Tähän viestiin ei voi vastata. Turvallisuussyistä sähköpostissa ei ole tietoja terveydestäsi.
mail-confirm-subject = Vahvista sähköpostiosoitteesi insyn-palvelua varten
mail-confirm-line = Olet antanut tämän osoitteen insyn-palvelun ilmoituksia varten. Vahvista se avaamalla linkki, joka on voimassa 24 tuntia: { $link }
mail-confirm-ignore = Jos et ole antanut tätä osoitetta, voit jättää tämän viestin huomiotta.
mail-staff-new-subject = Uusi asia rekisterin { $register } jonossa
mail-staff-new-line = Rekisterin { $register } jonoon on tullut uusi asia: { $link }
mail-staff-digest-subject = { $count ->
    [one] 1 asia rekisterissä { $register } on määrä saada valmiiksi viikon kuluessa
   *[other] { $count } asiaa rekisterissä { $register } on määrä saada valmiiksi viikon kuluessa
}
mail-staff-digest-line = { $count ->
    [one] 1 avoin asia rekisterissä { $register } on määrä saada valmiiksi 7 päivän kuluessa tai on myöhässä: { $link }
   *[other] { $count } avointa asiaa rekisterissä { $register } on määrä saada valmiiksi 7 päivän kuluessa tai on myöhässä: { $link }
}

notices-title = Sähköposti-ilmoitukset asioistasi
notices-none = Haluatko sähköpostiviestin, kun asioissasi tapahtuu jotain? Anna osoitteesi. Viesteissä kerrotaan vain, että jotain on tapahtunut, ei koskaan sitä, mitä asia koskee.
notices-unconfirmed = Olemme lähettäneet linkin osoitteeseen { $email }. Avaa linkki, niin alat saada viestejä.
notices-confirmed = Saat viestin osoitteeseen { $email }, kun asioissasi tapahtuu jotain.
notices-email = Sähköpostiosoite
notices-hint = Esimerkiksi namn@exempel.se.
notices-save = Tallenna osoite
notices-remove = Poista osoite
notices-saved = Osoite on tallennettu. Vahvista se avaamalla linkki, jonka lähetimme sähköpostilla.
notices-removed = Osoite on poistettu. Et saa enää viestejä.
notices-confirmed-now = Osoite on vahvistettu.
notices-link-invalid = Linkki ei ole enää voimassa. Tallenna osoite uudelleen, niin saat uuden linkin.
notices-email-invalid = Kirjoita sähköpostiosoite, esimerkiksi namn@exempel.se.
notices-already-sent = Olemme jo lähettäneet linkin tähän osoitteeseen. Se on voimassa 24 tuntia: katso saapuneet viestit ja myös roskaposti.
notices-unchanged = Tämä on jo vahvistettu osoitteesi. Mitään ei muutettu.
notices-email-too-many = Olemme lähettäneet tänään liian monta vahvistusviestiä. Yritä uudelleen huomenna.

## The access log
me-see-log = Kuka on käyttänyt tietojani?
log-title = Kuka on käyttänyt tietojani
log-lead = Tässä näet, milloin hoitoyksiköt ja rekisterin henkilökunta ovat katsoneet, luovuttaneet tai oikaisseet tietojasi laaturekistereissä – uusimmat ensin. Lokia ei voi muuttaa jälkikäteen.
log-tabs-label = Kenen käyttökerrat
log-tab-others = Terveydenhuolto ja rekisterit
log-tab-own = Omat katselusi ja latauksesi
log-register = Rekisteri
log-care-unit = Hoitoyksikkö
log-all = Kaikki
log-from = Alkaen
log-to = Päättyen
log-filter = Näytä
log-clear = Näytä kaikki
log-download-csv = Lataa loki (CSV)
log-download-json = Lataa loki (JSON)
log-empty = Käyttökertoja ei vielä ole.
log-empty-filtered = Valintojasi vastaavia käyttökertoja ei ole.
log-when = Milloin
log-who = Kuka
log-kind = Käyttö
log-reason = Ilmoitettu syy
log-no-reason = Syytä ei ilmoitettu
log-next = Vanhemmat käyttökerrat
log-who-staff = Rekisterin { $register } henkilökunta
log-who-you = Sinä itse
log-who-unknown-unit = Tuntematon hoitoyksikkö
log-kinds-heading = Mitä eri käyttötavat tarkoittavat?
log-kind-read = Katselu
log-kind-read-help = Joku katsoi tietojasi esimerkiksi ennen hoitoa, hoidon seurantaa varten tai käsitelläkseen lähettämääsi asiaa.
log-kind-export = Poiminta
log-kind-export-help = Tietosi poimittiin rekisteristä esimerkiksi otteeksi tai kopioksi – myös silloin, kun latasit ne itse.
log-kind-correction = Oikaisu
log-kind-correction-help = Sinua koskevaa tietoa muutettiin. Vanha tieto säilyy rekisterissä ja näkyy otteessasi.
log-kind-disclosure_research = Luovutus tutkimukseen
log-kind-disclosure_research-help = Tietoja luovutettiin tutkimushankkeelle, jolla on eettisen ennakkoarvioinnin lupa.
log-kind-disclosure_statistics = Luovutus tilastointiin
log-kind-disclosure_statistics-help = Tietoja luovutettiin tilastojen laatimiseen, esimerkiksi hoidon tuloksista.
log-kept = Loki säilytetään vähintään viisi vuotta, myös jos tietosi poistetaan rekisteristä (HSLF-FS 2016:40).
log-ask-why = Kysy syytä
inquiry-lead = Mietitkö, miksi joku käytti tietojasi? Kirjoita kysymyksesi, niin rekisterin henkilökunta vastaa. Alla oleva käyttökerta lähetetään kysymyksen mukana.
inquiry-question = Kysymyksesi
inquiry-question-hint = Esimerkiksi: En ole asioinut tässä vastaanotossa – miksi siellä katsottiin tietojani?
inquiry-send = Lähetä kysymys
inquiry-consequence = Kysymys menee rekisterin henkilökunnalle, joka selvittää, miksi tietoja katsottiin, ja vastaa sinulle. Kysymys ja vastaus tallennetaan asiaasi.
inquiry-already-open = Olet jo kysynyt tästä käyttökerrasta, ja kysymys on avoinna. Voit seurata sitä täällä:
inquiry-entry = Käyttökerta
form-question-required = Kirjoita kysymyksesi.
form-question-short = Kirjoita hieman enemmän, vähintään 10 merkkiä, jotta henkilökunta ymmärtää, mitä kysyt.
case-answer-required = Kirjoita vastaus potilaalle.

# Refusals and failures of the plain forms and downloads (server/src/http/error.rs)
web-patient-only = Tämä on vain potilaalle itselleen.
web-staff-only = Tämä on vain rekisterin henkilökunnalle.
web-not-found = Tällä nimellä ei löydy mitään.
web-no-such-request = Tällaista asiaa ei ole.
web-no-data-in-register = Siinä rekisterissä ei ole tietoja sinusta.
web-case-decided = Asia on jo ratkaistu, tai joku muu muutti sitä juuri. Lataa asia uudelleen.
web-unknown-action = Tuntematon toiminto.
web-unknown-language = Tuntematon kieli.
web-form-too-large = Lomake on liian suuri.
web-form-token = Lomaketta ei voitu tarkistaa. Lataa sivu uudelleen ja yritä uudestaan.
web-cross-site = Pyyntö tuli toiselta sivustolta, eikä sitä ole toteutettu.
web-too-many-sign-ins = Liian monta kirjautumisyritystä. Odota hetki ja yritä uudelleen.
web-request-not-saved = Pyyntöä ei voitu tallentaa juuri nyt. Mitään ei lähetetty. Yritä uudelleen.
web-action-not-saved = Toimintoa ei voitu tallentaa juuri nyt. Mitään ei muutettu. Yritä uudelleen.
web-address-not-saved = Osoitetta ei voitu tallentaa juuri nyt. Yritä uudelleen.
web-sign-out-failed = Uloskirjautuminen ei onnistunut juuri nyt. Yritä uudelleen.
web-copy-unavailable = Kopiota ei voida luoda juuri nyt. Yritä hetken kuluttua uudelleen.
web-document-unavailable = Asiakirjaa ei voida luoda juuri nyt. Yritä hetken kuluttua uudelleen.
web-extract-unavailable = Rekisteriotetta ei voida luoda juuri nyt. Yritä hetken kuluttua uudelleen.

# The history of one record (pages/record_history.rs)
data-see-history = Katso muutokset
history-title = Muutokset: { $record }
history-about = Merkintä koskee päivää { $date }, ja sen ilmoitti { $unit }.
history-lead = Tässä on jokainen versio, jonka rekisteri on tallentanut, uusin ensin. Oikaisu ei koskaan korvaa tietoa ilman, että se näkyy täällä.
history-version = Versio { $version }
history-by-staff = Rekisterin henkilökunnan muuttama.
history-by-register = Rekisterin ilmoittama.
history-request = Muutos tehtiin asian perusteella:
history-reason = Syy:

# A yes-or-no value of a record's field (server/src/content.rs)
value-yes = Kyllä
value-no = Ei

# Beside the language switch, in languages not yet reviewed (components/layout.rs)
lang-machine-note = Käännös on tehty koneen avustamana, eikä sitä ole vielä tarkistanut henkilö, jonka äidinkieli on suomi.

# Added after the draft was written
nav-my-requests = Omat pyyntöni
nav-my-log = Oma lokini

# Said where the text is in another language than the page (pages/my_register.rs, pages/requests.rs)
content-language-note = Rekisterin omat termit (tietuetyypit ja kentät) näytetään englanniksi, koska rekisteri ei ole kääntänyt niitä.

## Acting for someone else (guardians, proxies, legal representatives)
nav-proxies = Valtuutetut
nav-representatives = Edunvalvojat
acting-title = Kenen puolesta asioit?
acting-lead = Voit käyttää insyn-palvelua itsesi puolesta tai sellaisen henkilön puolesta, jota edustat: lapsesi, henkilön, joka on valtuuttanut sinut, tai henkilön, jonka edunvalvoja (god man tai förvaltare) olet. Voit vaihtaa milloin tahansa.
acting-legend = Haluan käyttää insyn-palvelua seuraavan henkilön puolesta
acting-myself = Minä itse ({ $name })
acting-as-guardian = { $name } (olet huoltaja)
acting-as-proxy = { $name } (olet valtuutettu)
acting-as-representative = { $name } (olet edunvalvoja)
acting-offer-title = Voit käyttää insyn-palvelua myös näiden puolesta
acting-continue = Jatka
acting-manage-link = Valtuutetut ja edustajat
acting-scope = { $what } · { $registers } · { $until } asti
acting-scope-read = Saa lukea
acting-scope-file = Saa lukea ja tehdä pyyntöjä
acting-scope-all-registers = Kaikki rekisterit
acting-banner-label = Kenen puolesta asioit
acting-banner-guardian = Asioit huoltajana lapsesi { $name } puolesta.
acting-banner-proxy = Asioit valtuutettuna henkilön { $name } puolesta.
acting-banner-representative = Asioit edunvalvojana (god man tai förvaltare) henkilön { $name } puolesta.
acting-back-to-self = Palaa asioimaan omasta puolestasi
acting-change = Vaihda henkilöä
proxies-title = Valtuutetut ja edustajat
proxies-lead = Tässä näet, ketkä voivat käyttää insyn-palvelua puolestasi ja mitä he saavat tehdä. Voit valtuuttaa jonkun asioimaan puolestasi ja perua valtuutuksen milloin tahansa.
proxies-granted = Valtuutus on annettu. Valtuutettusi voi käyttää sitä, kun hän seuraavan kerran kirjautuu sisään.
proxies-revoked = Valtuutus on peruttu. Se ei ole enää voimassa, ei edes henkilölle, joka on nyt kirjautuneena.
proxies-choose-link = Valitse, kenen puolesta asioit
proxies-for-me-title = Ketkä voivat käyttää insyn-palvelua puolestasi
proxies-for-me-none = Kukaan ei voi käyttää insyn-palvelua puolestasi.
proxies-kind-guardian = { $name }, huoltaja
proxies-kind-proxy = { $name }, valtuutettu
proxies-kind-representative = { $name }, edunvalvoja (god man tai förvaltare)
proxies-decision = Päätös: { $reference }
proxies-revoke = Peru valtuutus
proxies-grant-title = Valtuuta joku asioimaan puolestasi
proxies-grant-lead = Valtuutettusi kirjautuu omalla sähköisellä tunnistusvälineellään. Valtuutettu ei voi puolestaan valtuuttaa ketään muuta.
proxies-personnummer = Valtuutetun henkilötunnus (personnummer)
proxies-personnummer-hint = 12 numeroa, esimerkiksi 19621008-9899.
proxies-scope = Mitä valtuutettu saa tehdä?
proxies-reach = Missä rekistereissä?
proxies-reach-some = Vain valitsemani rekisterit
proxies-until = Viimeinen voimassaolopäivä
proxies-until-hint = Enintään kaksi vuotta, viimeistään { $max }.
proxies-grant = Anna valtuutus
proxies-error-personnummer = Kirjoita kelvollinen 12-numeroinen henkilötunnus (personnummer).
proxies-error-registers = Valitse vähintään yksi rekisteri tai valitse kaikki rekisterit.
proxies-error-until = Valitse päättymispäivä, joka on aikaisintaan tänään ja enintään kahden vuoden päästä.
proxies-error-themselves = Et voi valtuuttaa itseäsi.
proxies-error-protected = Sinun kohdallasi valtuutuksia ei voi antaa insyn-palvelussa. Ota yhteyttä suoraan rekisteriin.
representatives-title = Kirjaa edunvalvoja (god man tai förvaltare)
representatives-lead = Kirjaa edunvalvoja käräjäoikeuden (tingsrätten) tai holhousviranomaisen (överförmyndarnämnden) päätöksen mukaisesti. Edustettava näkee sen omalla sivullaan insyn-palvelussa.
representatives-entered = Edunvalvoja on kirjattu.
representatives-represented = Edustettavan henkilötunnus (personnummer)
representatives-representative = Edunvalvojan henkilötunnus (personnummer)
representatives-reference = Päätöksen diaarinumero
representatives-reference-hint = Esimerkiksi ÖFN 2025-0123.
representatives-registers = Missä rekistereistäsi?
representatives-from = Voimassa alkaen
representatives-until = Viimeinen voimassaolopäivä
representatives-submit = Kirjaa edunvalvoja
representatives-error-reference = Kirjoita päätöksen diaarinumero.
representatives-error-registers = Valitse vähintään yksi rekistereistäsi.
representatives-error-date = Kirjoita päivämäärä.
representatives-error-themselves = Edunvalvoja ei voi olla sama henkilö kuin edustettava.
representatives-error-period = Päättymispäivä ei voi olla ennen alkamispäivää.
log-who-guardian = Huoltajasi { $name }
log-who-proxy = Valtuutettusi { $name }
log-who-representative = Edunvalvojasi { $name }
receipt-filed-by = Pyynnön tekijä
request-filed-by-guardian = { $name }, huoltajana
request-filed-by-proxy = { $name }, valtuutettuna
request-filed-by-representative = { $name }, edunvalvojana
mail-for-someone-else = Asia koskee henkilöä, jota edustat insyn-palvelussa.
signin-too-young-title = Huoltajasi voi auttaa sinua
signin-too-young-body = Lapset voivat kirjautua insyn-palveluun itse vasta, kun he ovat tarpeeksi vanhoja. Huoltajasi voi nähdä tietosi ja tehdä pyyntöjä puolestasi.
web-acting-not-allowed = Et voi tehdä tätä edustamasi henkilön puolesta.
web-acting-not-saved = Tallentaminen ei onnistunut juuri nyt. Yritä hetken kuluttua uudelleen.
web-not-your-register = Et työskentele sen rekisterin parissa.
nav-my-releases = Luovutukset
nav-staff-releases = Luovutukset
my-releases-title = Missä tietojasi on luovutettu
my-releases-lead = Rekisterit luovuttavat joskus tietoja tutkimukseen ja tilastointiin salassapitoarvioinnin jälkeen, ja tutkimukseen vain Ruotsin eettisen ennakkoarvioinnin viranomaisen (Etikprövningsmyndigheten) luvalla. Tässä näet jokaisen luovutuksen, johon tietosi sisältyivät, ja voit kieltäytyä siitä, että tietojasi luovutetaan tutkimukseen ja tilastointiin.
my-releases-list-heading = Luovutukset, joihin tietosi sisältyivät
my-releases-none = Sinusta ei ole luovutettu tietoja tutkimukseen tai tilastointiin insyn-palvelun kautta.
my-releases-included = Tietosi sisältyivät luovutukseen.
my-releases-included-before-opt-out = Tietosi sisältyivät luovutukseen, koska siitä päätettiin ennen kuin kieltäydyit { $on }.
my-releases-left-out = Tietosi eivät sisältyneet luovutukseen. Kieltäytymisesi tutkimuksesta ja tilastoinnista oli voimassa, kun luovutuksesta päätettiin.
opt-outs-heading = Kieltäytymisesi
opt-outs-research-explained = Voit kieltäytyä siitä, että tietojasi luovutetaan tutkimukseen ja tilastointiin, ja silti pysyä rekisterissä, jotta terveydenhuolto voi seurata ja parantaa hoidon laatua. Sinun ei tarvitse kertoa syytä, ja voit muuttaa mieltäsi milloin tahansa.
opt-outs-none = Et ole kieltäytynyt mistään.
opt-outs-every-register = Kaikki rekisterit
opt-outs-since = { $on } alkaen, { $how }.
opt-outs-withdraw = Peru kieltäytymiseni
opt-outs-research-scope = Missä rekisterissä kieltäydyt tutkimuksesta ja tilastoinnista?
opt-outs-research-effect = Kieltäytymisesi koskee luovutuksia, joista päätetään tästä eteenpäin. Jo luovutettuja tietoja ei voi saada takaisin.
opt-outs-research-give = Kieltäydy tutkimuksesta ja tilastoinnista
opt-out-given = Kieltäytymisesi on kirjattu. Se koskee luovutuksia, joista päätetään tästä eteenpäin.
opt-out-withdrawn = Kieltäytymisesi on peruttu.
opt-out-kind-registration = Kieltäytyminen rekisteröinnistä
opt-out-kind-research = Kieltäytyminen tutkimuksesta ja tilastoinnista
opt-out-channel-insyn = insyn-palvelussa
opt-out-channel-request = insyn-palvelussa tehdyllä pyynnöllä
opt-out-channel-verbal = suullisesti vastaanotolla
opt-out-channel-paper = paperilomakkeella
release-recipient = Vastaanottaja
release-recipient-contact = Vastaanottajan yhteystiedot
release-purpose = Käyttötarkoitus
release-purpose-research = Tutkimus
release-purpose-statistics = Tilastointi
release-purpose-quality_development = Laadun kehittäminen
release-purpose-legal_duty = Toiselle viranomaiselle lain nojalla
release-ethics-approval = Eettisen ennakkoarvioinnin lupa
release-ethics-approval-hint = Ruotsin eettisen ennakkoarvioinnin viranomaisen (Etikprövningsmyndigheten) diaarinumero. Pakollinen tutkimukseen luovutettaessa.
release-legal-basis = Oikeusperuste
release-form = Muoto
release-form-identifiable = Henkilötunnuksin
release-form-pseudonymised = Pseudonymisoituna (ilman nimiä ja henkilötunnuksia)
release-form-aggregate = Vain lukumäärät
release-data = Mitkä tiedot
release-data-hint = Valitse ne valitun rekisterin tietuetyypit, jotka luovutetaan.
release-fields = Mitkä kentät
release-decided = Päätetty
release-decided-time = Päätöksen kellonaika
release-decided-time-hint = Ruotsin aikaa, esimerkiksi 10:30. Ennen päätöstä kirjatut kieltäytymiset otetaan huomioon.
release-delivered = Toimitettu
release-optional = Vapaaehtoinen.
release-diary-number = Diaarinumero
release-fewer-than = alle { $count }
release-register = Rekisteri
release-cohort = Henkilöt (henkilötunnukset)
release-cohort-hint = Yksi henkilötunnus riville tai tiedosto alla. insyn poistaa henkilöjoukosta kaikki, jotka ovat kieltäytyneet tutkimuksesta ja tilastoinnista.
release-cohort-file = Tai tiedosto, jossa on henkilötunnuksia (teksti tai CSV)
release-cohort-lines = Rivit: { $lines }.
release-submit = Kirjaa luovutus
release-new-title = Kirjaa luovutus
release-new-lead = Kirjaa päätetty luovutus rekisterin tiedoista. insyn poistaa ne, jotka olivat kieltäytyneet luovutuksesta päätettäessä, ja antaa sinulle henkilöjoukon, jonka tiedot saa luovuttaa. Jokainen henkilö, jonka henkilötietoja luovutukseen sisältyy, näkee sen käyttölokissaan.
release-error-diary_number = Kirjoita diaarinumero.
release-error-decided_at = Kirjoita päätöksen päivämäärä (ja kellonaika muodossa TT:MM).
release-error-recipient = Kirjoita vastaanottaja.
release-error-recipient_contact = Kirjoita vastaanottajan yhteystiedot.
release-error-legal_basis = Kirjoita oikeusperuste.
release-error-fields = Kirjoita, mitkä kentät luovutetaan.
release-error-delivered_on = Kirjoita toimituspäivä muodossa VVVV-KK-PP tai jätä kenttä tyhjäksi.
release-error-ethics_approval = Tutkimukseen tehtävä luovutus vaatii eettisen ennakkoarvioinnin luvan diaarinumeron.
release-error-record_types = Valitse vähintään yksi valitun rekisterin tietuetyyppi.
release-error-cohort-empty = Kirjoita vähintään yksi henkilötunnus.
release-error-cohort-large = Henkilöjoukossa saa olla enintään 200 000 henkilöä.
release-error-cohort-malformed = Yhtä henkilötunnusta ei voi lukea.
release-error-cohort-twice = Sama henkilötunnus on mukana kahdesti.
release-error-cohort-unknown = Yksi henkilö ei ole rekisterissä.
release-error-diary-taken = Samalla diaarinumerolla on jo kirjattu toinen luovutus.
staff-releases-title = Luovutukset
staff-releases-lead = Rekisteriesi tietojen luovutukset. Jokainen luovutus näkyy julkisessa luovutusluettelossa ilman henkilötietoja.
staff-releases-new = Kirjaa luovutus
staff-release-resolved = Henkilöjoukossa { $submitted } henkilöä: { $delivered } henkilön tiedot saa luovuttaa, { $left_out } poistettiin (kieltäytyminen tutkimuksesta ja tilastoinnista tai käsittelyn rajoittaminen).
staff-release-download = Lataa henkilöjoukko, jonka tiedot saa luovuttaa (CSV)
staff-release-fingerprint = Sovellettujen kieltäytymisten sormenjälki
staff-release-recorded = Kirjattu
staff-release-by-system = rekisterin järjestelmän kirjaama
public-releases-title = Luovutukset rekisteristä { $register }
public-releases-lead = Kaikki rekisterin tietojen luovutukset tutkimukseen, tilastointiin ja muihin tarkoituksiin ilman henkilötietoja. Pieniä lukumääriä ei näytetä, jotta ketään ei voi tunnistaa.
public-releases-heading = Luovutukset
public-releases-none = Luovutuksia ei ole kirjattu.
public-releases-cohort = Henkilöitä: { $count }
public-releases-counted = Lukumäärä: { $count }
public-releases-left-out = Kieltäytymisen vuoksi pois jätettyjä: { $count }
handling-heading = Miten rekisteri käsittelee pyyntöjä
handling-lead = Oikaisua, käsittelyn rajoittamista, poistamista ja kieltäytymistä koskevat pyynnöt sekä kysymykset käyttölokista saapumiskuukauden mukaan. Aika on päivinä pyynnön saapumisesta päätökseen.
handling-none = Pyyntöjä ei ole saapunut.
handling-month = Kuukausi
handling-received = Saapuneet
handling-completed = Toteutetut
handling-rejected = Hylätyt
handling-median = Mediaani, päivää
handling-p90 = 90. persentiili, päivää
handling-extended = Määräaikaa jatkettu
register-releases-heading = Luovutukset
register-releases-body = Rekisteri luovuttaa tietoja tutkimukseen ja tilastointiin salassapitoarvioinnin jälkeen. Jokainen luovutus ilmoitetaan julkisesti.
register-releases-link = Katso rekisterin luovutukset ja se, miten rekisteri käsittelee pyyntöjä
recipients-heading = Vastaanottajat, joille on ilmoitettava
recipients-lead = Tiedot on aiemmin luovutettu näille vastaanottajille. Rekisteri ilmoittaa muutoksesta jokaiselle niistä (EU:n yleisen tietosuoja-asetuksen 19 artikla).
recipients-not-told = Ei vielä ilmoitettu
recipients-told-on = Ilmoitettu { $on }
recipients-told = Ilmoitettu
recipients-mark-told = Merkitse ilmoitetuksi
status-recipient_told = Vastaanottajalle ilmoitettu
mail-recipient_told-subject = Yhtä asiaasi on päivitetty
mail-recipient_told-line = Asiaasi, jonka viite on { $reference }, on päivitetty.
form-file-not-text = Tiedostoa ei voi lukea tekstinä. Tallenna se teksti- tai CSV-muodossa ja yritä uudelleen.
release-error-decided-future = Luovutusta ei voi kirjata ennen kuin siitä on päätetty: kirjoita jo tehty päätös.
receipt-handled-by = Käsittelijä
receipt-handled-by-register = { $register } (rekisterin koordinaattorit)
