# insyn – English texts. Every id must also exist in sv/main.ftl.

site-name = insyn
site-name-long = insyn – your rights in the Swedish national quality registers
site-tagline = Your data in the quality registers
skip-to-content = Skip to content
nav-label = Main menu
nav-home = Home
nav-registers = Registers
lang-switch-label = Language
breadcrumbs-label = You are here
loading = Loading …

footer-about = insyn is an e-service for patients in the Swedish national quality registers. Here you can see where you are registered, get a copy of your data and use your rights.
footer-not-decision-support = The quality registers are used to develop and safeguard the quality of care. They are not decision support: nothing in insyn affects your individual care.
footer-complain = If you think your personal data is handled wrongly, you can complain to
footer-imy = the Swedish Authority for Privacy Protection (IMY)

error-code = Error { $status }
error-not-found-title = Page not found
error-not-found-body = We cannot find what you are looking for. Check the address, or start again from the home page.
error-unavailable-title = The service is not available right now
error-unavailable-body = We cannot reach our data at the moment. Nothing has been changed. Please try again in a while.
error-internal-title = Something went wrong
error-internal-body = An unexpected error occurred on our side. Nothing has been changed. Please try again, and contact the register if the problem persists.
error-back-home = Go to the home page

home-title = Home
home-heading = Your data in the Swedish national quality registers
home-lead = With insyn you see which quality registers you are in, what they hold about you and who has looked at your data – and you can use your rights directly, without paper forms.
me-heading-acting = Registers for { $name }
me-lead-acting = Here you see every national quality register in insyn and whether { $name } is registered in it.
home-what = National quality registers collect data on care and treatment so that health care can follow up and improve its results. You have the right to know what is registered about you, and you can say no to taking part at any time.
home-see-registers = See which registers there are

rights-heading = Your rights
rights-intro = This is what you can do in insyn. You sign in with your e-ID.
right-know-title = Know whether you are registered
right-know-body = See which registers you are in, what each register is for, who is responsible for it and how long the data is kept.
right-copy-title = Get a copy of your data
right-copy-body = Download your data free of charge, as a register extract in PDF and in a machine-readable format (JSON).
right-correct-title = Have errors corrected
right-correct-body = Ask for wrong or incomplete data to be corrected or completed. The old version stays in the history.
right-restrict-title = Restrict processing
right-restrict-body = Ask for your data to be only stored, not used in statistics or disclosed, for example while a correction is looked into.
right-erase-title = Leave a register, or say no in advance
right-erase-body = Ask for your data to be erased from a register and for you not to be registered again, or say no before any data exists (the "Nej-blankett", online).
right-access-log-title = See who has looked
right-access-log-body = See which care unit has accessed your data, when, how and why – and ask about an access you do not recognise.
right-complain-title = Complain
right-complain-body = If you are not satisfied with how the register handles your data, you can complain to the Swedish Authority for Privacy Protection (IMY).

deadline-heading = An answer within one month
deadline-body = Every request gets a reference number and a receipt. The register must answer within one month. The time can be extended once by at most two months, and then you are told why. You always see how many days are left.

registers-title = Registers
registers-heading = Registers in insyn
registers-lead = These are all the quality registers in insyn. Choose a register to read what it is for and who is responsible for it.
registers-filter-label = Search registers
registers-filter-hint = Search by name, abbreviation or subject.
registers-filter-submit = Search
registers-filter-none = No register matches your search.
register-count = { $count ->
    [one] { $count } register
   *[other] { $count } registers
}

register-purpose = Purpose
register-controller = Data controller
register-holder = Register holder
register-retention = Retention period
register-contact = Contact
register-dpo = Data protection officer
register-website = Website
register-rights-heading = Your rights in this register
register-rights-body = You have the right to know whether you are registered, to get a copy of your data, to have errors corrected, to ask for restriction, to be removed and to see who has accessed the data. Taking part is voluntary: you can say no at any time.
register-not-decision-support = The register is used to follow up and improve health care, not as decision support in your individual care.

nav-my-registers = My registers
nav-staff = Staff start
nav-my-requests = My requests
nav-my-log = My access log
sign-in = Sign in
sign-out = Sign out
sign-in-again = Sign in again
error-sign-in-title = You need to sign in
error-sign-in-body = This page shows your own data, so you need to sign in with your e-ID first.
error-forbidden-title = This page is not for you
error-forbidden-body = You are signed in, but this page belongs to another part of insyn. Patients and register staff each have their own pages.

session-notice = For your security you are signed out after { $minutes } minutes without activity.
session-warning = You will be signed out in { $left } because of inactivity.
session-stay = Stay signed in
session-ended = You have been signed out because of inactivity.

me-title = My registers
me-heading = Welcome, { $name }
me-lead = Here you see every national quality register in insyn and whether you are registered in it. Choose a register to read what it is for and who is responsible.
me-registers-heading = My registers
me-status-registered = Registered since { $since }
me-status-restricted = Registered since { $since } – processing restricted
me-status-not-registered = Not registered

staff-title = Staff start
staff-heading = Welcome, { $name }
staff-lead = You are signed in as register staff with HSA-id { $hsa_id }.
staff-registers-heading = Your registers

signin-error-title = Sign-in failed
signin-nothing-created = You have not been signed in, and nothing has been saved.
signin-try-again = Try again
signin-unavailable-title = Sign-in is not available right now
signin-unavailable-body = We cannot reach the e-ID service at the moment. Please try again in a while.
signin-expired-title = The sign-in took too long or was interrupted
signin-expired-body = The sign-in must be finished in the same browser, within ten minutes, and can only be used once. Start again.
signin-cancelled-title = You cancelled the sign-in
signin-cancelled-body = The sign-in was cancelled at the e-ID service. You can start again whenever you like.
signin-refused-title = The sign-in could not be verified
signin-refused-body = The answer from the e-ID service did not pass our security checks. Start again; if it happens again, contact the register.
signin-assurance-title = Your e-ID is not enough for insyn
signin-assurance-body = insyn shows health data and needs an e-ID of assurance level 3, such as BankID or Freja+.
signin-two-factor-title = Two factors are required
signin-two-factor-body = Register staff must sign in with two factors, such as a SITHS card and PIN.
signin-identity-title = Your identity could not be read
signin-identity-body = The e-ID service did not give a valid Swedish personal identity number (or HSA-id). Contact the e-ID service's support.
signin-unknown-staff-title = You are not registered as register staff
signin-unknown-staff-body = Your HSA-id is not among the staff of any register in insyn. Contact your register's coordinator to be added.

me-download-pdf = Download register extract (PDF)
me-download-json = Download all your data (JSON)
me-record-count = { $count ->
    [one] 1 record
   *[other] { $count } records
}
me-latest-change = last changed { $on }
me-see-data = See your data
me-about-register = About the register

data-about-register = About the register: purpose, who is responsible, retention
data-downloads-heading = Your copy
data-downloads-body = You have the right to a free copy of your data. The register extract is a PDF to read and keep; the JSON file holds the same data in a machine-readable format you can take elsewhere.
data-download-pdf = Register extract (PDF)
data-download-json = Data (JSON)
data-records-heading = { $count ->
    [one] 1 registered record
   *[other] { $count } registered records
}
data-no-records = The register holds no records about you yet.
data-not-registered = You are not registered in this register.
data-reported-by = reported by { $unit }
data-corrected = Corrected { $on }
data-pages-label = Pages
data-page-of = Page { $page } of { $pages }
data-previous = Previous page
data-next = Next page

pdf-title = Register extract
pdf-personnummer = Personal identity number
pdf-generated = Created
pdf-reference = Reference
pdf-reference-explained = This extract is recorded in your access log under the reference above. You have the right to a free copy of your data (GDPR article 15).
pdf-registers-included = Registers in this extract
pdf-no-registers = You are not registered in any of the registers in insyn.
pdf-rights = If something is wrong or missing you can ask for a correction in insyn. You can also ask for processing to be restricted, for the data to be erased, or not to be registered. If you think your data is handled wrongly you can complain to the Swedish Authority for Privacy Protection (IMY).
pdf-registered-since = Registered since { $date }
pdf-restricted = The processing of your data is restricted (GDPR article 18).
pdf-no-records = The register holds no records about you.
pdf-corrected = Corrected
pdf-col-date = Date
pdf-col-care-unit = Care unit
pdf-col-values = Data
pdf-access-log = Access log
pdf-access-log-explained = Who has accessed your data and when, oldest first. "You" are your own views and downloads in insyn.
pdf-col-time = Time (UTC)
pdf-col-register = Register
pdf-col-who = Who
pdf-col-kind = Kind
pdf-col-reason = Reason
pdf-actor-patient = You (insyn)
pdf-actor-staff = The register's staff
pdf-kind-read = Read
pdf-kind-export = Copy disclosed
pdf-kind-correction = Correction
pdf-kind-disclosure_research = Disclosed for research
pdf-kind-disclosure_statistics = Disclosed for statistics
pdf-none = None.
pdf-requests = Your requests
pdf-col-reference = Reference
pdf-col-request = Request
pdf-col-status = Status
pdf-col-received = Received
pdf-col-due = Due
pdf-footer = Register extract from insyn · reference { $reference } · page { $page } of { $pages }
pdf-receipt-title = Receipt
pdf-receipt-extended = Deadline extended
pdf-receipt-decided = Decided
pdf-receipt-decision = Decision
pdf-receipt-col-field = Item
pdf-receipt-col-value = Content
pdf-receipt-note = Note
pdf-receipt-deadline = The register must answer within one month. The deadline can be extended once by at most two months if the register says why (GDPR article 12(3)). You follow the request under My requests in insyn.
pdf-receipt-complain = If you are not satisfied with the decision you can complain to the Swedish Authority for Privacy Protection (IMY), www.imy.se.
pdf-receipt-footer = Receipt from insyn · reference { $reference } · page { $page } of { $pages }
receipt-pdf = Save the receipt (PDF)

me-status-opted-out = Opted out – you are not to be registered here
me-use-rights = Your rights
me-opt-out = I do not want to be registered
rights-in-register-heading = Your rights in this register
my-requests-link = My requests
request-correction-link = Ask for a correction or completion
request-restriction-link = Ask for processing to be restricted
request-erasure-link = Ask for erasure and to be opted out
request-opt_out-link = I do not want to be registered (the "no" form)
request-access_inquiry-link = Ask why someone accessed your data

request-correction-title = Correction or completion
request-correction-lead = Tell us what is wrong or missing in your data, and the register will correct it.
request-correction-consequence = The register's staff review your request. If the data is corrected you see the corrected value and that the record was corrected; the old version is kept in the record's history.
request-correction-confirm = I want the register to correct or complete my data as described.
request-restriction-title = Restriction of processing
request-restriction-lead = You can ask that your data may only be stored, not used, while something is looked into.
request-restriction-consequence = If granted, your data is stored but left out of all statistics, research and extracts until the restriction is lifted. You are told before it is lifted.
request-restriction-confirm = I want the processing of my data restricted for the reason I chose.
request-erasure-title = Erasure and opting out
request-erasure-lead = You can at any time ask for your data to be erased from the register and not to be registered again.
request-erasure-consequence = All your records and your registration in the register are erased. All that is kept is a note, with no health data, that you are not to be registered, so new data about you is refused. Erasure cannot be undone. Your care is not affected.
request-erasure-confirm = I understand the erasure cannot be undone and I do not want to be in the register.
request-opt_out-title = I do not want to be registered
request-opt_out-lead = You can say no to the register before any data about you is there (the "no" form, online).
request-opt_out-consequence = A note with no health data is kept that you are not to be registered. The register then refuses data about you. Your care is not affected.
request-opt_out-confirm = I do not want to be registered in this register.
request-access_inquiry-title = Question about an access
request-what-happens = What happens?
request-deadline-explained = The register must answer within one month. If needed, the time can be extended once by at most two months; you are then told why.
request-send = Send the request
request-already-open = You already have an open request of this kind for this register.
request-see = See request { $reference }
request-opt-out-registered = You are already registered here. If you do not want to take part, ask for erasure and opting out instead.
request-already-opted-out = You have opted out of this register.

form-errors-title = Something in the form needs fixing
form-optional = (optional)
form-record = Which record is it about?
form-record-missing = Something is missing entirely
form-field = Which item is it about?
form-field-hint = For example "Embryos transferred". Leave empty if it is about the whole record.
form-problem = What is wrong or missing?
form-problem-hint = In your own words, at least 10 characters.
form-proposed = What should it say?
form-ground = Why do you want processing restricted?
form-explanation = Tell us more
form-confirm-required = Tick the box to confirm your request.
form-problem-required = Describe what is wrong or missing.
form-problem-too-short = Please describe it a little more, at least 10 characters.
form-control-characters = The text contains invisible control characters that cannot be saved. Remove them and try again.
form-too-long = The text is too long, at most 2,000 characters.
form-too-long-short = The text is too long, at most 300 characters.
form-ground-required = Choose one of the reasons.
form-kind-unknown = This kind of request is not made here.
ground-accuracy = I contest the accuracy of the data and want it not used while it is checked.
ground-unlawful = The processing is unlawful, but I want the data kept rather than erased.
ground-legal_claims = I need the data to establish, exercise or defend a legal claim.
ground-objection = I have objected to the processing and want it restricted while that is assessed.

my-requests-title = My requests
my-requests-lead = All your requests, where each stands and when the register must answer at the latest.
my-requests-none = You have no requests.
status-received = Received
status-in_progress = In progress
status-extended = In progress, time extended
status-completed = Completed
status-rejected = Rejected
clock-days-left = Due by { $due } ({ $days ->
    [one] 1 day left
   *[other] { $days } days left
})
clock-overdue = Was due { $due } ({ $days ->
    [one] 1 day late
   *[other] { $days } days late
})
clock-decided = Decided { $on }
clock-extended = Time extended: { $reason }
receipt-lead = Your request has been received. Keep the reference if you want to contact the register.
receipt-reference = Reference
receipt-register = Register
receipt-received = Received
receipt-due = Due by
receipt-timeline = What has happened
receipt-decision = Decision: { $reason }
receipt-complain = If you are not satisfied with the decision you can complain to
request-details = Your request
request-details-erased = What you wrote was erased together with your data in the register.

queue-title = Request queue
queue-open-link = Go to the request queue
queue-empty = No requests match.
queue-due = Due
queue-reference = Reference
queue-register = Register
queue-kind = Request
queue-status = Status
queue-received = Received
queue-all = All
queue-open = All open
queue-filter = Show
queue-next = Next page
queue-overdue = { $days ->
    [one] 1 day overdue
   *[other] { $days } days overdue
}
queue-nearly-due = { $days ->
    [0] due today
    [one] 1 day left
   *[other] { $days } days left
}
case-patient = Patient
case-data = { $count ->
    [one] The patient's data in the register: 1 record
   *[other] The patient's data in the register: { $count } records
}
case-data-logged = That you see this data is recorded in the patient's access log, with the request's reference as the reason.
status-restriction_lifted = Restriction lifted
case-actions = Handle the case
case-take = Take the case
case-take-lead = Take the case to show the patient that it is being handled.
case-complete = Complete
case-complete-correction-lead = Choose the field to correct and write the new value. The old version stays in the record's history and the patient sees that it was corrected. If the fix belongs in the register's own system, choose no field and write what was done.
case-complete-correction-button = Correct and complete
case-complete-restriction-lead = The registration becomes restricted: the data is kept but left out of statistics, extracts and disclosures until the restriction is lifted.
case-complete-restriction-button = Restrict and complete
case-complete-erasure-lead = All the patient's records and the registration in this register are erased, and an opt-out is kept so that the person is not registered again. This cannot be undone. The case keeps only what shows that the erasure was done.
case-complete-erasure-button = Erase and complete
case-complete-opt_out-lead = An opt-out is recorded so that the person is not registered in this register. It holds no health data.
case-complete-opt_out-button = Record the opt-out and complete
case-complete-access_inquiry-lead = Tell the patient why the data was read.
case-complete-access_inquiry-button = Answer and complete
case-confirm-erasure-label = I have checked that this is the right person and register, and that the data is to be erased.
case-target = Field to correct
case-target-none = No field here (corrected in the register's system)
case-value = New value
case-value-hint = Dates as YYYY-MM-DD, yes/no as yes or no, decimals with a point or comma, codes by their code.
case-note = Message to the patient
case-note-hint = Shown on the patient's request. Write no health data that is not needed.
case-extend = Extend the deadline
case-extend-lead = The deadline can be extended once, by at most two months, when the case is complex or the requests many. The patient sees the reason.
case-months = Extend by
case-months-option = { $months ->
    [one] 1 month
   *[other] { $months } months
}
case-extension-reason = Reason for the extension
case-extend-button = Extend
case-reject = Reject
case-reject-lead = The patient sees the reason and how to complain to the Swedish Authority for Privacy Protection.
case-rejection-reason = Reason for the rejection
case-reject-button = Reject the request
case-lift = Lift the restriction
case-lift-lead = The registration becomes active again and the data is used as usual. The patient sees the reason.
case-lift-reason = Reason for lifting the restriction
case-lift-button = Lift the restriction
case-months-required = Choose one or two months.
case-reason-required = Write a reason.
case-target-unknown = Choose one of the patient's fields from the list.
case-value-required = Write the new value.
case-note-required = Choose a field to correct, or write what was done.
case-value-integer = Write a whole number.
case-value-decimal = Write a number, such as 2.5.
case-value-date = Write a date as YYYY-MM-DD.
case-value-boolean = Write yes or no.
case-value-code = Write one of the field's codes, as the register's content definition gives them.
case-already-extended = The deadline has already been extended once.
case-not-registered = The patient is no longer registered in this register.
case-registered = The patient is registered in this register: an opt-out applies only before registration. Reject, or ask the patient to request erasure.
case-confirm-erasure = Confirm that the data is to be erased.
case-closed = The case has already been decided.

mail-greeting = Hello,
mail-received-subject = We have received your request
mail-received-line = Your request with reference { $reference } has been received.
mail-in_progress-subject = Your request is being handled
mail-in_progress-line = Your request with reference { $reference } is now being handled.
mail-extended-subject = The deadline of your request has been extended
mail-extended-line = The register has extended the deadline of your request with reference { $reference }. The reason is given in the request.
mail-completed-subject = Your request is complete
mail-completed-line = Your request with reference { $reference } is complete.
mail-rejected-subject = Your request has been rejected
mail-rejected-line = Your request with reference { $reference } has been rejected. The reason, and how to complain, are given in the request.
mail-restriction_lifted-subject = One of your requests has been updated
mail-restriction_lifted-line = Your request with reference { $reference } has been updated.
mail-see-portal = Sign in to insyn to see the request: { $link }
mail-no-reply = This mail cannot be answered. For your safety, mail never contains anything about your health.
mail-confirm-subject = Confirm your e-mail address for insyn
mail-confirm-line = You gave this address for notices from insyn. Confirm it by opening the link, valid for 24 hours: { $link }
mail-confirm-ignore = If you did not give this address, you can ignore this mail.
mail-staff-new-subject = New request in the queue of { $register }
mail-staff-new-line = A new request has arrived in the queue of { $register }: { $link }
mail-staff-digest-subject = { $count ->
    [one] 1 request in { $register } is due within a week
   *[other] { $count } requests in { $register } are due within a week
}
mail-staff-digest-line = { $count ->
    [one] 1 open request in { $register } is due within 7 days or overdue: { $link }
   *[other] { $count } open requests in { $register } are due within 7 days or overdue: { $link }
}

notices-title = E-mail about your requests
notices-none = Would you like an e-mail when something happens in your requests? Give your address. The mails only say that something happened, never what the request is about.
notices-unconfirmed = We have sent a link to { $email }. Open it to start getting mail.
notices-confirmed = You get mail at { $email } when something happens in your requests.
notices-email = E-mail address
notices-hint = For example name@example.com.
notices-save = Save the address
notices-remove = Remove the address
notices-saved = The address is saved. Open the link in the mail we sent to confirm it.
notices-removed = The address is removed. You will get no more mail.
notices-confirmed-now = The address is confirmed.
notices-link-invalid = The link is no longer valid. Save the address again to get a new one.
notices-email-invalid = Write an e-mail address, for example name@example.com.
notices-already-sent = We have already sent a link to that address. It is valid for 24 hours: look in your inbox, and in your spam folder.
notices-unchanged = That is already your confirmed address. Nothing has changed.
notices-email-too-many = We have sent too many confirmation mails today. Please try again tomorrow.

## The access log
me-see-log = Who has seen my data?
log-title = Who has seen my data
log-lead = This is when care units and the register's staff read, disclosed or corrected your data in the quality registers – newest first. The log cannot be changed afterwards.
log-tabs-label = Whose accesses
log-tab-others = Care units and registers
log-tab-own = Your own views and downloads
log-register = Register
log-care-unit = Care unit
log-all = All
log-from = From
log-to = To
log-filter = Show
log-clear = Show all
log-download-csv = Download the log (CSV)
log-download-json = Download the log (JSON)
log-empty = There are no accesses yet.
log-empty-filtered = No accesses match what you chose.
log-when = When
log-who = Who
log-kind = Access
log-reason = Stated reason
log-no-reason = No reason given
log-next = Older accesses
log-who-staff = Staff of { $register }
log-who-you = You
log-who-unknown-unit = Unknown care unit
log-kinds-heading = What do the kinds of access mean?
log-kind-read = Read
log-kind-read-help = Someone read your data, for example before a treatment, to follow up care, or to handle a request you sent.
log-kind-export = Export
log-kind-export-help = Your data was taken out of the register, for example as an extract or a copy – also when you downloaded it yourself.
log-kind-correction = Correction
log-kind-correction-help = Something about you was changed. The old value stays in the register and shows in your extract.
log-kind-disclosure_research = Disclosure for research
log-kind-disclosure_research-help = Data was disclosed to a research project with ethical approval.
log-kind-disclosure_statistics = Disclosure for statistics
log-kind-disclosure_statistics-help = Data was disclosed to produce statistics, for example on the results of care.
log-kept = The log is kept for at least five years, also if your data is erased from the register (HSLF-FS 2016:40).
log-ask-why = Ask why
inquiry-lead = Wondering why someone accessed your data? Write your question and the register's staff will answer. The access below is sent with it.
inquiry-question = Your question
inquiry-question-hint = For example: I have never been to this clinic – why did they read my data?
inquiry-send = Send the question
inquiry-consequence = The question goes to the register's staff, who find out why the data was read and answer you. The question and the answer are kept in your request.
inquiry-already-open = You have already asked about this access, and the question is open. You can follow it here:
inquiry-entry = Access
form-question-required = Write your question.
form-question-short = Write a little more, at least 10 characters, so the staff understand what you ask.
case-answer-required = Write the answer to the patient.

# Refusals and failures of the plain forms and downloads (server/src/http/error.rs)
web-patient-only = This is for the patient only.
web-staff-only = This is for the register's staff only.
web-not-found = There is nothing here by that name.
web-no-such-request = There is no such request.
web-no-data-in-register = There is no data about you in that register.
web-case-decided = The case has been decided, or was changed by someone else just now. Reload the case.
web-unknown-action = Unknown action.
web-unknown-language = Unknown language.
web-form-too-large = The form is too large.
web-form-token = The form could not be verified. Reload the page and try again.
web-cross-site = The request came from another site and was not carried out.
web-too-many-sign-ins = Too many sign-in attempts. Wait a moment and try again.
web-request-not-saved = The request could not be saved just now. Nothing was sent. Please try again.
web-action-not-saved = The action could not be saved just now. Nothing was changed. Please try again.
web-address-not-saved = The address could not be saved just now. Please try again.
web-sign-out-failed = Signing out failed just now. Please try again.
web-copy-unavailable = The copy cannot be made right now. Please try again in a while.
web-document-unavailable = The document cannot be made right now. Please try again in a while.
web-extract-unavailable = The register extract cannot be made right now. Please try again in a while.

# The history of one record (pages/record_history.rs)
data-see-history = See the changes
history-title = Changes to { $record }
history-about = The record is about { $date } and was reported by { $unit }.
history-lead = Here is every version the register has kept, the latest first. A correction never replaces a record without showing here.
history-version = Version { $version }
history-by-staff = Changed by the register's staff.
history-by-register = Reported by the register.
history-request = The change was made after request
history-reason = Reason:

# A yes-or-no value of a record's field (server/src/content.rs)
value-yes = Yes
value-no = No

# Beside the language switch, in languages not yet reviewed (components/layout.rs)
lang-machine-note = This translation is machine-assisted and not yet reviewed by a native speaker.

# Said where the text is in another language than the page (pages/my_register.rs, pages/requests.rs)
content-language-note = The register's own terms (record types and fields) are shown in English, because the register has not translated them.

## Acting for someone else (guardians, proxies, legal representatives)
nav-proxies = Proxies
nav-representatives = Representatives
acting-title = Who are you doing this for?
acting-lead = You can use insyn for yourself or for someone you act for: your child, someone who has made you their proxy, or someone whose legal representative you are. You can switch at any time.
acting-legend = I want to use insyn for
acting-myself = Myself ({ $name })
acting-as-guardian = { $name } (you are their guardian)
acting-as-proxy = { $name } (you are their proxy)
acting-as-representative = { $name } (you are their legal representative)
acting-offer-title = You can also use insyn for
acting-continue = Continue
acting-manage-link = Proxies and representatives
acting-scope = { $what } · { $registers } · until { $until }
acting-scope-read = May read
acting-scope-file = May read and make requests
acting-scope-all-registers = All registers
acting-banner-label = Whom you act for
acting-banner-guardian = You are acting for your child { $name } as their guardian.
acting-banner-proxy = You are acting for { $name } as their proxy.
acting-banner-representative = You are acting for { $name } as their legal representative.
acting-back-to-self = Back to yourself
acting-change = Switch person
proxies-title = Proxies and representatives
proxies-lead = Here you see who can use insyn for you and what they may do. You can make someone your proxy and revoke it at any time.
proxies-granted = The proxy is given. Your proxy can use it the next time they sign in.
proxies-revoked = The proxy is revoked. It no longer works, not even for someone signed in now.
proxies-choose-link = Choose whom you act for
proxies-for-me-title = Who can use insyn for you
proxies-for-me-none = Nobody can use insyn for you.
proxies-kind-guardian = { $name }, guardian
proxies-kind-proxy = { $name }, proxy
proxies-kind-representative = { $name }, legal representative
proxies-decision = Decision: { $reference }
proxies-revoke = Revoke the proxy
proxies-grant-title = Make someone your proxy
proxies-grant-lead = Your proxy signs in with their own e-ID. A proxy cannot in turn make anyone else a proxy.
proxies-personnummer = The proxy's personal identity number
proxies-personnummer-hint = 12 digits, for example 19621008-9899.
proxies-scope = What may the proxy do?
proxies-reach = In which registers?
proxies-reach-some = Only the registers I tick
proxies-until = Valid until
proxies-until-hint = At most two years, { $max } at the latest.
proxies-grant = Give the proxy
proxies-error-personnummer = Enter a valid personal identity number with 12 digits.
proxies-error-registers = Tick at least one register, or choose all registers.
proxies-error-until = Choose an end date from today and at most two years ahead.
proxies-error-themselves = You cannot make yourself your own proxy.
proxies-error-protected = Proxies cannot be given in insyn for you. Contact the register directly.
representatives-title = Enter a legal representative
representatives-lead = Enter a representative (god man or förvaltare) as decided by the district court or the chief guardian board. The person represented sees it on their page in insyn.
representatives-entered = The representative is entered.
representatives-represented = Personal identity number of the person represented
representatives-representative = Personal identity number of the representative
representatives-reference = The decision's case number
representatives-reference-hint = For example ÖFN 2025-0123.
representatives-registers = In which of your registers?
representatives-from = Valid from
representatives-until = Valid until
representatives-submit = Enter the representative
representatives-error-reference = Enter the decision's case number.
representatives-error-registers = Tick at least one of your registers.
representatives-error-date = Enter a date.
representatives-error-themselves = The representative cannot be the person represented.
representatives-error-period = The end date cannot be before the start date.
log-who-guardian = Your guardian { $name }
log-who-proxy = Your proxy { $name }
log-who-representative = Your legal representative { $name }
receipt-filed-by = Made by
request-filed-by-guardian = { $name }, as guardian
request-filed-by-proxy = { $name }, as proxy
request-filed-by-representative = { $name }, as legal representative
mail-for-someone-else = The request concerns someone you act for in insyn.
signin-too-young-title = Your guardian can help you
signin-too-young-body = Children cannot sign in to insyn themselves until they are old enough. Your guardian can see your data and make requests for you.
web-acting-not-allowed = You cannot do this for the person you act for.
web-acting-not-saved = This could not be saved just now. Try again in a while.
web-not-your-register = You do not work with that register.
nav-my-releases = Releases
nav-staff-releases = Releases
my-releases-title = Where your data have been released
my-releases-lead = Registers sometimes release data for research and statistics, after a confidentiality assessment and, for research, with approval from the Swedish Ethical Review Authority. Here you see each release that included your data, and you can say no to your data being released for research and statistics.
my-releases-list-heading = Releases with your data
my-releases-none = No data about you have been released for research or statistics through insyn.
my-releases-included = Your data were included.
my-releases-included-before-opt-out = Your data were included, because the release was decided before you said no on { $on }.
my-releases-left-out = Your data were not included. Your no to research and statistics was in force when the release was decided.
opt-outs-heading = Your opt-outs
opt-outs-research-explained = You can say no to your data being released for research and statistics and still stay in the register, so that care can follow up and improve its quality. You do not need to give a reason, and you can change your mind at any time.
opt-outs-none = You have not opted out of anything.
opt-outs-every-register = All registers
opt-outs-since = Since { $on }, { $how }.
opt-outs-withdraw = Withdraw my opt-out
opt-outs-research-scope = Say no to research and statistics in
opt-outs-research-effect = Your opt-out applies to releases decided from now on. Data already released cannot be called back.
opt-outs-research-give = Say no to research and statistics
opt-out-given = Your opt-out is registered. It applies to releases decided from now on.
opt-out-withdrawn = Your opt-out is withdrawn.
opt-out-kind-registration = No to being registered
opt-out-kind-research = No to research and statistics
opt-out-channel-insyn = in insyn
opt-out-channel-request = through a request in insyn
opt-out-channel-verbal = told at the clinic
opt-out-channel-paper = on the paper form
release-recipient = Recipient
release-recipient-contact = Recipient's contact
release-purpose = Purpose
release-purpose-research = Research
release-purpose-statistics = Statistics
release-purpose-quality_development = Quality development
release-purpose-legal_duty = To another authority by law
release-ethics-approval = Ethics approval
release-ethics-approval-hint = The Swedish Ethical Review Authority's reference. Required for research.
release-legal-basis = Legal basis
release-form = Form
release-form-identifiable = With personal identity numbers
release-form-pseudonymised = Pseudonymised (without names and personal identity numbers)
release-form-aggregate = Counts only
release-data = Which data
release-data-hint = Tick the record types of the chosen register that are released.
release-fields = Which fields
release-decided = Decided
release-decided-time = Time of the decision
release-decided-time-hint = Swedish time, for example 10:30. Opt-outs registered before the decision apply.
release-delivered = Delivered
release-optional = Optional.
release-diary-number = Diary number
release-fewer-than = fewer than { $count }
release-register = Register
release-cohort = Persons (personal identity numbers)
release-cohort-hint = One personal identity number a line, or a file below. insyn takes out of the cohort everyone who has said no to research and statistics.
release-cohort-file = Or a file of personal identity numbers (text or CSV)
release-cohort-lines = On lines: { $lines }.
release-submit = Record the release
release-new-title = Record a release
release-new-lead = Record a decided release of the register's data. insyn takes out those who had said no when the release was decided and gives you the cohort that may be released. Each person in a release with personal data sees it in their log.
release-error-diary_number = Enter the diary number.
release-error-decided_at = Enter the day of the decision (and the time as HH:MM).
release-error-recipient = Enter the recipient.
release-error-recipient_contact = Enter the recipient's contact.
release-error-legal_basis = Enter the legal basis.
release-error-fields = Enter which fields are released.
release-error-delivered_on = Enter the delivery day as YYYY-MM-DD, or leave it empty.
release-error-ethics_approval = A release for research needs the ethics approval's reference.
release-error-record_types = Choose at least one record type of the chosen register.
release-error-cohort-empty = Enter at least one personal identity number.
release-error-cohort-large = A cohort may have at most 200,000 persons.
release-error-cohort-malformed = A personal identity number cannot be read.
release-error-cohort-twice = A personal identity number is there twice.
release-error-cohort-unknown = A person is not in the register.
release-error-diary-taken = Another release is already recorded under that diary number.
staff-releases-title = Releases
staff-releases-lead = Releases of data from your registers. Each release is shown in the public register of releases, without personal data.
staff-releases-new = Record a release
staff-release-resolved = { $submitted } persons in the cohort, { $delivered } may be released, { $left_out } taken out (no to research and statistics, or restricted processing).
staff-release-download = Download the cohort that may be released (CSV)
staff-release-fingerprint = Fingerprint of the opt-outs applied
staff-release-recorded = Recorded
staff-release-by-system = by the register's system
public-releases-title = Releases from { $register }
public-releases-lead = Every release of the register's data for research, statistics and other purposes, without personal data. Small counts are not shown, so that nobody can be singled out.
public-releases-heading = Releases
public-releases-none = No releases are recorded.
public-releases-cohort = { $count } persons
public-releases-counted = Count: { $count }
public-releases-left-out = { $count } left out for opting out
handling-heading = How the register handles requests
handling-lead = Requests for correction, restriction, erasure, opt-out and questions about the log, by the month they came in. Time is in days from the request coming in to the decision.
handling-none = No requests have come in.
handling-month = Month
handling-received = Received
handling-completed = Completed
handling-rejected = Rejected
handling-median = Median, days
handling-p90 = 90th percentile, days
handling-extended = Extended
register-releases-heading = Releases
register-releases-body = The register releases data for research and statistics after a confidentiality assessment. Each release is reported openly.
register-releases-link = See the register's releases and how it handles requests
recipients-heading = Recipients to be told
recipients-lead = The data were released to these recipients earlier. The register tells each of them of the change (article 19 of the GDPR).
recipients-not-told = Not told yet
recipients-told-on = Told on { $on }
recipients-told = Told
recipients-mark-told = Mark as told
status-recipient_told = Recipient told
mail-recipient_told-subject = One of your requests has been updated
mail-recipient_told-line = Your request with reference { $reference } has been updated.
form-file-not-text = The file cannot be read as text. Save it as text or CSV and try again.
release-error-decided-future = A release cannot be recorded before it is decided: enter a decision already made.
receipt-handled-by = Handled by
receipt-handled-by-register = { $register } (the register's coordinators)
