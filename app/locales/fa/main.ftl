# insyn – Persian (Farsi) texts, translated from sv/main.ftl. Every id must also exist in sv/main.ftl.

site-name = insyn
site-name-long = insyn – حقوق شما در ثبت‌های ملی کیفیت
site-tagline = اطلاعات شما در ثبت‌های کیفیت
skip-to-content = رفتن به محتوای اصلی
nav-label = منوی اصلی
nav-home = صفحهٔ اصلی
nav-registers = ثبت‌ها
lang-switch-label = زبان
breadcrumbs-label = شما اینجا هستید
loading = در حال بارگیری …

footer-about = insyn یک خدمت الکترونیکی برای بیماران در ثبت‌های ملی کیفیت است. در اینجا می‌توانید ببینید کجا ثبت شده‌اید، نسخه‌ای از اطلاعات خود را بگیرید و از حقوق خود استفاده کنید.
footer-not-decision-support = ثبت‌های کیفیت برای بهبود و تضمین کیفیت مراقبت‌های درمانی به کار می‌روند. این ثبت‌ها ابزار پشتیبانی از تصمیم‌گیری نیستند: هیچ چیز در insyn بر مراقبت درمانی شخص شما اثر نمی‌گذارد.
footer-complain = اگر فکر می‌کنید اطلاعات شخصی شما به‌درستی پردازش نمی‌شود، می‌توانید به این اداره شکایت کنید:
footer-imy = Integritetsskyddsmyndigheten (IMY)، ادارهٔ حفاظت از حریم خصوصی سوئد

error-code = خطای { $status }
error-not-found-title = این صفحه وجود ندارد
error-not-found-body = آنچه را به دنبالش هستید پیدا نمی‌کنیم. نشانی را بررسی کنید، یا از صفحهٔ اصلی دوباره شروع کنید.
error-unavailable-title = این خدمت در حال حاضر در دسترس نیست
error-unavailable-body = فعلاً به اطلاعات خود دسترسی نداریم. هیچ چیز تغییر نکرده است. کمی بعد دوباره امتحان کنید.
error-internal-title = مشکلی پیش آمد
error-internal-body = یک خطای غیرمنتظره در سیستم ما رخ داد. هیچ چیز تغییر نکرده است. دوباره امتحان کنید، و اگر خطا ادامه داشت با ثبت مربوط تماس بگیرید.
error-back-home = رفتن به صفحهٔ اصلی

home-title = صفحهٔ اصلی
home-heading = اطلاعات شما در ثبت‌های ملی کیفیت
home-lead = با insyn می‌بینید در کدام ثبت‌های کیفیت هستید، چه اطلاعاتی دربارهٔ شما در آن‌ها آمده است و چه کسی اطلاعات شما را دیده است – و می‌توانید مستقیماً و بدون فرم کاغذی از حقوق خود استفاده کنید.
me-heading-acting = ثبت‌های مربوط به { $name }
me-lead-acting = در اینجا همهٔ ثبت‌های ملی کیفیت در insyn را می‌بینید و اینکه آیا { $name } در آن‌ها ثبت شده است.
home-what = ثبت‌های ملی کیفیت اطلاعاتی دربارهٔ مراقبت و درمان جمع‌آوری می‌کنند تا نظام درمانی بتواند نتایج کار خود را پیگیری و بهتر کند. شما حق دارید بدانید چه اطلاعاتی دربارهٔ شما ثبت می‌شود، و هر زمان بخواهید می‌توانید به حضور در آن «نه» بگویید.
home-see-registers = ببینید چه ثبت‌هایی وجود دارد

rights-heading = حقوق شما
rights-intro = این کارها را می‌توانید در insyn انجام دهید. ورود با شناسهٔ الکترونیکی انجام می‌شود.
right-know-title = دانستن اینکه آیا ثبت شده‌اید
right-know-body = ببینید در کدام ثبت‌ها هستید، هر ثبت برای چیست، چه کسی مسئول آن است و اطلاعات تا چه مدت نگهداری می‌شود.
right-copy-title = دریافت نسخه‌ای از اطلاعات خود
right-copy-body = اطلاعات خود را رایگان بارگیری کنید، به صورت گزارش ثبت در قالب PDF و در قالبی قابل خواندن با رایانه (JSON).
right-correct-title = اصلاح اطلاعات نادرست
right-correct-body = درخواست کنید اطلاعات نادرست یا ناقص اصلاح یا تکمیل شود. نسخهٔ قبلی در تاریخچه باقی می‌ماند.
right-restrict-title = محدود کردن پردازش
right-restrict-body = درخواست کنید اطلاعات شما فقط نگهداری شود و در آمار به کار نرود یا در اختیار دیگران قرار نگیرد، برای مثال تا زمانی که یک درخواست اصلاح بررسی می‌شود.
right-erase-title = خروج از ثبت، یا «نه» گفتن از پیش
right-erase-body = درخواست کنید اطلاعات شما از یک ثبت حذف شود و دوباره ثبت نشوید، یا پیش از آنکه اطلاعاتی از شما وجود داشته باشد «نه» بگویید («فرم نه» یا Nej-blanketten، به صورت دیجیتال).
right-access-log-title = دیدن اینکه چه کسی اطلاعات شما را دیده است
right-access-log-body = ببینید کدام واحد درمانی، چه زمانی، به چه شکل و به چه دلیل به اطلاعات شما دسترسی داشته است – و دربارهٔ دسترسی‌ای که برایتان آشنا نیست سؤال کنید.
right-complain-title = شکایت
right-complain-body = اگر از نحوهٔ پردازش اطلاعاتتان توسط ثبت راضی نیستید، می‌توانید به Integritetsskyddsmyndigheten (IMY)، ادارهٔ حفاظت از حریم خصوصی سوئد، شکایت کنید.

deadline-heading = پاسخ ظرف یک ماه
deadline-body = هر درخواست یک شمارهٔ پیگیری و یک رسید دریافت می‌کند. ثبت باید ظرف یک ماه پاسخ دهد. این مهلت را می‌توان یک بار و حداکثر دو ماه تمدید کرد، و در آن صورت دلیلش به شما گفته می‌شود. همیشه می‌بینید چند روز باقی مانده است.

registers-title = ثبت‌ها
registers-heading = ثبت‌ها در insyn
registers-lead = این‌ها همهٔ ثبت‌های کیفیتی هستند که در insyn وجود دارند. یک ثبت را انتخاب کنید تا بخوانید برای چیست و چه کسی مسئول آن است.
registers-filter-label = جستجوی ثبت
registers-filter-hint = بر اساس نام، نام اختصاری یا موضوع جستجو کنید.
registers-filter-submit = جستجو
registers-filter-none = هیچ ثبتی با جستجوی شما مطابقت ندارد.
register-count = { $count ->
    [one] { $count } ثبت
   *[other] { $count } ثبت
}

register-purpose = هدف
register-controller = مسئول پردازش اطلاعات شخصی
register-holder = نگهدارندهٔ ثبت
register-retention = مدت نگهداری
register-contact = تماس
register-dpo = مسئول حفاظت از داده‌ها
register-website = وب‌سایت
register-rights-heading = حقوق شما در این ثبت
register-rights-body = شما حق دارید بدانید که آیا ثبت شده‌اید، نسخه‌ای از اطلاعات خود بگیرید، اطلاعات نادرست را اصلاح کنید، محدود کردن پردازش را درخواست کنید، از ثبت حذف شوید و ببینید چه کسی به اطلاعات دسترسی داشته است. شرکت در ثبت داوطلبانه است: هر زمان بخواهید می‌توانید «نه» بگویید.
register-not-decision-support = این ثبت برای پیگیری و بهبود مراقبت‌های درمانی به کار می‌رود، نه به عنوان ابزار پشتیبانی از تصمیم‌گیری در مراقبت درمانی شخص شما.

nav-my-registers = ثبت‌های من
nav-staff = صفحهٔ کارکنان
sign-in = ورود
sign-out = خروج
sign-in-again = ورود دوباره
error-sign-in-title = باید وارد شوید
error-sign-in-body = این صفحه اطلاعات خود شما را نشان می‌دهد، پس ابتدا باید با شناسهٔ الکترونیکی خود وارد شوید.
error-forbidden-title = این صفحه برای شما نیست
error-forbidden-body = شما وارد شده‌اید، اما این صفحه به بخش دیگری از insyn تعلق دارد. بیماران و کارکنان ثبت‌ها هر کدام صفحه‌های جداگانه‌ای دارند.

session-notice = برای امنیت شما، پس از { $minutes } دقیقه بدون فعالیت از سیستم خارج می‌شوید.
session-warning = چون فعالیتی نداشته‌اید، پس از { $left } از سیستم خارج می‌شوید.
session-stay = در سیستم بمانید
session-ended = چون فعالیتی نداشتید، از سیستم خارج شدید.

me-title = ثبت‌های من
me-heading = خوش آمدید، { $name }
me-lead = در اینجا همهٔ ثبت‌های ملی کیفیت در insyn را می‌بینید و اینکه آیا در آن‌ها ثبت شده‌اید. یک ثبت را انتخاب کنید تا بخوانید برای چیست و چه کسی مسئول آن است.
me-registers-heading = ثبت‌های من
me-status-registered = ثبت‌شده از { $since }
me-status-restricted = ثبت‌شده از { $since } – پردازش محدود شده است
me-status-not-registered = ثبت نشده

staff-title = صفحهٔ کارکنان
staff-heading = خوش آمدید، { $name }
staff-lead = شما به عنوان کارمند ثبت با HSA-id { $hsa_id } وارد شده‌اید.
staff-registers-heading = ثبت‌های شما

signin-error-title = ورود ناموفق بود
signin-nothing-created = شما وارد نشده‌اید و هیچ چیز ذخیره نشده است.
signin-try-again = دوباره امتحان کنید
signin-unavailable-title = ورود در حال حاضر ممکن نیست
signin-unavailable-body = فعلاً به سرویس شناسهٔ الکترونیکی دسترسی نداریم. کمی بعد دوباره امتحان کنید.
signin-expired-title = ورود بیش از حد طول کشید یا قطع شد
signin-expired-body = ورود باید در همان مرورگر و ظرف ده دقیقه کامل شود و فقط یک بار قابل استفاده است. از نو شروع کنید.
signin-cancelled-title = شما ورود را لغو کردید
signin-cancelled-body = ورود در سرویس شناسهٔ الکترونیکی لغو شد. هر وقت بخواهید می‌توانید از نو شروع کنید.
signin-refused-title = ورود قابل تأیید نبود
signin-refused-body = پاسخ سرویس شناسهٔ الکترونیکی از بررسی‌های امنیتی ما نگذشت. از نو شروع کنید؛ اگر دوباره پیش آمد، با ثبت مربوط تماس بگیرید.
signin-assurance-title = شناسهٔ الکترونیکی شما برای insyn کافی نیست
signin-assurance-body = insyn اطلاعات سلامت را نشان می‌دهد و به شناسهٔ الکترونیکی با سطح اطمینان ۳ نیاز دارد، مانند BankID یا Freja+.
signin-two-factor-title = احراز هویت دومرحله‌ای لازم است
signin-two-factor-body = کارکنان ثبت‌ها باید با احراز هویت دومرحله‌ای وارد شوند، برای مثال با کارت SITHS و کد PIN.
signin-identity-title = هویت شما خوانده نشد
signin-identity-body = سرویس شناسهٔ الکترونیکی هیچ personnummer معتبر سوئدی (شمارهٔ شناسایی شخصی در سوئد) یا HSA-id معتبری ارائه نداد. با پشتیبانی سرویس شناسهٔ الکترونیکی تماس بگیرید.
signin-unknown-staff-title = شما به عنوان کارمند ثبت شناخته نشده‌اید
signin-unknown-staff-body = HSA-id شما در میان کارکنان هیچ‌یک از ثبت‌های insyn نیست. برای اضافه شدن، با هماهنگ‌کنندهٔ ثبت خود تماس بگیرید.

me-download-pdf = دریافت گزارش ثبت (PDF)
me-download-json = دریافت همهٔ اطلاعات (JSON)
me-record-count = { $count ->
    [one] { $count } رکورد
   *[other] { $count } رکورد
}
me-latest-change = آخرین تغییر: { $on }
me-see-data = دیدن اطلاعات شما
me-about-register = دربارهٔ این ثبت

data-about-register = دربارهٔ این ثبت: هدف، مسئولان و مدت نگهداری
data-downloads-heading = نسخهٔ شما
data-downloads-body = شما حق دارید نسخه‌ای رایگان از اطلاعات خود داشته باشید. گزارش ثبت یک فایل PDF برای خواندن و نگهداری است؛ فایل JSON همان اطلاعات را در قالبی قابل خواندن با رایانه دارد که می‌توانید با خود ببرید.
data-download-pdf = گزارش ثبت (PDF)
data-download-json = اطلاعات (JSON)
data-records-heading = { $count ->
    [one] { $count } رکورد ثبت‌شده
   *[other] { $count } رکورد ثبت‌شده
}
data-no-records = این ثبت هنوز هیچ رکوردی دربارهٔ شما ندارد.
data-not-registered = شما در این ثبت ثبت نشده‌اید.
data-reported-by = گزارش‌شده توسط { $unit }
data-corrected = اصلاح‌شده در { $on }
data-pages-label = صفحه‌ها
data-page-of = صفحهٔ { $page } از { $pages }
data-previous = صفحهٔ قبلی
data-next = صفحهٔ بعدی

pdf-title = گزارش ثبت
pdf-personnummer = Personnummer (شمارهٔ شخصی)
pdf-generated = تاریخ تهیه
pdf-reference = شمارهٔ مرجع
pdf-reference-explained = این گزارش با شمارهٔ مرجع بالا در سابقهٔ دسترسی‌های شما ثبت شده است. شما حق دارید نسخه‌ای رایگان از اطلاعات خود دریافت کنید (ماده ۱۵ مقررات عمومی حفاظت از داده‌ها، GDPR).
pdf-registers-included = ثبت‌های این گزارش
pdf-no-registers = شما در هیچ‌یک از ثبت‌های insyn ثبت نشده‌اید.
pdf-rights = اگر چیزی نادرست است یا کم است، می‌توانید در insyn درخواست اصلاح کنید. همچنین می‌توانید درخواست کنید که پردازش محدود شود، اطلاعات حذف شود یا ثبت نشوید. اگر فکر می‌کنید اطلاعات شما به‌درستی پردازش نمی‌شود، می‌توانید به Integritetsskyddsmyndigheten (IMY)، ادارهٔ حفاظت از حریم خصوصی سوئد، شکایت کنید.
pdf-registered-since = ثبت‌شده از { $date }
pdf-restricted = پردازش اطلاعات شما محدود شده است (ماده ۱۸ مقررات عمومی حفاظت از داده‌ها، GDPR).
pdf-no-records = این ثبت هیچ رکوردی دربارهٔ شما ندارد.
pdf-corrected = اصلاح‌شده
pdf-col-date = تاریخ
pdf-col-care-unit = واحد درمانی
pdf-col-values = اطلاعات
pdf-access-log = سابقهٔ دسترسی‌ها
pdf-access-log-explained = چه کسانی و چه زمانی به اطلاعات شما دسترسی داشته‌اند، از قدیمی‌ترین. «خودتان» یعنی مشاهده‌ها و دریافت‌های خود شما در insyn.
pdf-col-time = زمان (UTC)
pdf-col-register = ثبت
pdf-col-who = چه کسی
pdf-col-kind = نوع
pdf-col-reason = دلیل
pdf-actor-patient = خودتان (insyn)
pdf-actor-staff = کارکنان ثبت
pdf-kind-read = خواندن
pdf-kind-export = ارائهٔ نسخه
pdf-kind-correction = اصلاح
pdf-kind-disclosure_research = ارائهٔ اطلاعات برای پژوهش
pdf-kind-disclosure_statistics = ارائهٔ اطلاعات برای آمار
pdf-none = موردی وجود ندارد.
pdf-requests = درخواست‌های شما
pdf-col-reference = شمارهٔ پیگیری
pdf-col-request = درخواست
pdf-col-status = وضعیت
pdf-col-received = تاریخ دریافت
pdf-col-due = مهلت انجام
pdf-footer = گزارش ثبت از insyn · شمارهٔ مرجع { $reference } · صفحهٔ { $page } از { $pages }
pdf-receipt-title = رسید
pdf-receipt-extended = مهلت تمدید شد
pdf-receipt-decided = تاریخ تصمیم
pdf-receipt-decision = تصمیم
pdf-receipt-col-field = مورد
pdf-receipt-col-value = محتوا
pdf-receipt-note = یادداشت
pdf-receipt-deadline = ثبت باید ظرف یک ماه پاسخ دهد. اگر ثبت دلیلش را بگوید، این مهلت را می‌توان یک بار و حداکثر دو ماه تمدید کرد (بند ۳ ماده ۱۲ مقررات عمومی حفاظت از داده‌ها، GDPR). درخواست را در بخش «درخواست‌های من» در insyn پیگیری می‌کنید.
pdf-receipt-complain = اگر از تصمیم راضی نیستید، می‌توانید به Integritetsskyddsmyndigheten (IMY)، ادارهٔ حفاظت از حریم خصوصی سوئد، شکایت کنید: www.imy.se
pdf-receipt-footer = رسید از insyn · شمارهٔ پیگیری { $reference } · صفحهٔ { $page } از { $pages }
receipt-pdf = ذخیرهٔ رسید (PDF)

me-status-opted-out = خارج‌شده از ثبت – نباید در اینجا ثبت شوید
me-use-rights = حقوق شما
me-opt-out = نمی‌خواهم ثبت شوم
rights-in-register-heading = حقوق شما در این ثبت
my-requests-link = درخواست‌های من
request-correction-link = درخواست اصلاح یا تکمیل
request-restriction-link = درخواست محدود کردن پردازش
request-erasure-link = درخواست حذف و خروج از ثبت
request-opt_out-link = نمی‌خواهم ثبت شوم («فرم نه»)
request-access_inquiry-link = بپرسید چرا کسی به اطلاعات شما دسترسی داشته است

request-correction-title = اصلاح یا تکمیل
request-correction-lead = بگویید چه چیزی در اطلاعات شما نادرست است یا کم است، تا ثبت آن را اصلاح کند.
request-correction-consequence = کارکنان ثبت درخواست شما را بررسی می‌کنند. اگر اطلاعات اصلاح شود، مقدار اصلاح‌شده و اینکه رکورد اصلاح شده است را می‌بینید؛ نسخهٔ قبلی در تاریخچهٔ رکورد نگهداری می‌شود.
request-correction-confirm = می‌خواهم ثبت اطلاعات مرا طبق آنچه در بالا آمده است اصلاح یا تکمیل کند.
request-restriction-title = محدود کردن پردازش
request-restriction-lead = می‌توانید درخواست کنید که اطلاعات شما تا زمانی که موضوعی بررسی می‌شود، فقط نگهداری شود و به کار نرود.
request-restriction-consequence = اگر درخواست پذیرفته شود، اطلاعات شما نگهداری می‌شود اما تا زمانی که محدودیت برداشته نشده است، از همهٔ آمارها، پژوهش‌ها و استخراج‌های اطلاعات کنار گذاشته می‌شود. پیش از برداشته شدن محدودیت به شما اطلاع داده می‌شود.
request-restriction-confirm = می‌خواهم پردازش اطلاعاتم به دلیلی که انتخاب کرده‌ام محدود شود.
request-erasure-title = حذف و خروج از ثبت
request-erasure-lead = هر زمان بخواهید می‌توانید درخواست کنید که اطلاعات شما از ثبت حذف شود و دوباره ثبت نشوید.
request-erasure-consequence = همهٔ رکوردهای شما و ثبت‌نام شما در این ثبت حذف می‌شود. فقط یک یادداشت بدون اطلاعات سلامت باقی می‌ماند مبنی بر اینکه نباید ثبت شوید، تا اطلاعات جدید دربارهٔ شما پذیرفته نشود. حذف قابل بازگشت نیست. مراقبت درمانی شما تحت تأثیر قرار نمی‌گیرد.
request-erasure-confirm = می‌دانم که حذف قابل بازگشت نیست و نمی‌خواهم در این ثبت باشم.
request-opt_out-title = نمی‌خواهم ثبت شوم
request-opt_out-lead = می‌توانید پیش از آنکه اطلاعاتی دربارهٔ شما در ثبت باشد، به آن «نه» بگویید («فرم نه» یا Nej-blanketten، به صورت دیجیتال).
request-opt_out-consequence = یک یادداشت بدون اطلاعات سلامت ذخیره می‌شود مبنی بر اینکه نباید ثبت شوید. از آن پس ثبت اطلاعاتی دربارهٔ شما نمی‌پذیرد. مراقبت درمانی شما تحت تأثیر قرار نمی‌گیرد.
request-opt_out-confirm = نمی‌خواهم در این ثبت ثبت شوم.
request-access_inquiry-title = پرسش دربارهٔ یک دسترسی
request-what-happens = چه اتفاقی می‌افتد؟
request-deadline-explained = ثبت باید ظرف یک ماه پاسخ دهد. در صورت نیاز این مهلت را می‌توان یک بار و حداکثر دو ماه تمدید کرد؛ در آن صورت دلیلش به شما گفته می‌شود.
request-send = ارسال درخواست
request-already-open = شما از قبل یک درخواست باز از همین نوع برای این ثبت دارید.
request-see = دیدن درخواست { $reference }
request-opt-out-registered = شما از قبل در اینجا ثبت شده‌اید. اگر نمی‌خواهید در این ثبت باشید، به جای آن درخواست حذف و خروج از ثبت بدهید.
request-already-opted-out = شما از این ثبت خارج شده‌اید.

form-errors-title = چیزی در فرم باید اصلاح شود
form-optional = (اختیاری)
form-record = مربوط به کدام رکورد است؟
form-record-missing = چیزی کاملاً از قلم افتاده است
form-field = مربوط به کدام مورد از اطلاعات است؟
form-field-hint = برای مثال «تعداد جنین‌های انتقال‌یافته». اگر مربوط به کل رکورد است، خالی بگذارید.
form-problem = چه چیزی نادرست است یا کم است؟
form-problem-hint = با کلمات خودتان توضیح دهید، حداقل ۱۰ نویسه.
form-proposed = چه چیزی باید نوشته شود؟
form-ground = چرا می‌خواهید پردازش محدود شود؟
form-explanation = بیشتر توضیح دهید
form-confirm-required = برای تأیید درخواست، کادر را علامت بزنید.
form-problem-required = توضیح دهید چه چیزی نادرست است یا کم است.
form-problem-too-short = کمی بیشتر توضیح دهید، حداقل ۱۰ نویسه.
form-control-characters = متن نویسه‌های کنترلی نامرئی دارد که ذخیره نمی‌شوند. آن‌ها را حذف کنید و دوباره امتحان کنید.
form-too-long = متن خیلی طولانی است، حداکثر ۲۰۰۰ نویسه.
form-too-long-short = متن خیلی طولانی است، حداکثر ۳۰۰ نویسه.
form-ground-required = یکی از دلایل را انتخاب کنید.
form-kind-unknown = این نوع درخواست در اینجا ثبت نمی‌شود.
ground-accuracy = من درستی اطلاعات را قبول ندارم و می‌خواهم تا زمانی که بررسی می‌شود، به کار نرود.
ground-unlawful = پردازش غیرقانونی است، اما می‌خواهم اطلاعات به جای حذف شدن نگهداری شود.
ground-legal_claims = برای طرح یک ادعای حقوقی به این اطلاعات نیاز دارم.
ground-objection = به پردازش اعتراض کرده‌ام و می‌خواهم تا زمانی که اعتراضم بررسی می‌شود، پردازش محدود شود.

my-requests-title = درخواست‌های من
my-requests-lead = در اینجا همهٔ درخواست‌های خود، وضعیت آن‌ها و آخرین مهلت پاسخ ثبت را می‌بینید.
my-requests-none = شما هیچ درخواستی ندارید.
status-received = دریافت‌شده
status-in_progress = در دست بررسی
status-extended = در دست بررسی، مهلت تمدید شده
status-completed = انجام‌شده
status-rejected = ردشده
clock-days-left = باید حداکثر تا { $due } انجام شود ({ $days ->
    [one] { $days } روز مانده
   *[other] { $days } روز مانده
})
clock-overdue = باید تا { $due } انجام می‌شد ({ $days ->
    [one] { $days } روز تأخیر
   *[other] { $days } روز تأخیر
})
clock-decided = تصمیم‌گیری‌شده در { $on }
clock-extended = مهلت تمدید شد: { $reason }
receipt-lead = درخواست شما دریافت شد. اگر می‌خواهید با ثبت تماس بگیرید، شمارهٔ پیگیری را نگه دارید.
receipt-reference = شمارهٔ پیگیری
receipt-register = ثبت
receipt-received = تاریخ دریافت
receipt-due = آخرین مهلت
receipt-timeline = رویدادها
receipt-decision = تصمیم: { $reason }
receipt-complain = اگر از تصمیم راضی نیستید، می‌توانید به این اداره شکایت کنید:
request-details = درخواست شما
request-details-erased = آنچه نوشته بودید همراه با اطلاعات شما در ثبت حذف شد.

queue-title = صف پرونده‌ها
queue-open-link = رفتن به صف پرونده‌ها
queue-empty = هیچ پرونده‌ای مطابقت ندارد.
queue-due = مهلت
queue-reference = شمارهٔ پیگیری
queue-register = ثبت
queue-kind = نوع پرونده
queue-status = وضعیت
queue-received = تاریخ دریافت
queue-all = همه
queue-open = همهٔ پرونده‌های باز
queue-filter = نمایش
queue-next = صفحهٔ بعدی
queue-overdue = { $days ->
    [one] { $days } روز تأخیر
   *[other] { $days } روز تأخیر
}
queue-nearly-due = { $days ->
    [0] مهلت امروز تمام می‌شود
    [one] { $days } روز مانده
   *[other] { $days } روز مانده
}
case-patient = بیمار
case-data = { $count ->
    [one] اطلاعات بیمار در ثبت: { $count } رکورد
   *[other] اطلاعات بیمار در ثبت: { $count } رکورد
}
case-data-logged = اینکه شما این اطلاعات را می‌بینید، با شمارهٔ پیگیری پرونده به عنوان دلیل، در سابقهٔ دسترسی‌های بیمار ثبت می‌شود.
status-restriction_lifted = محدودیت برداشته شد
case-actions = رسیدگی به پرونده
case-take = پذیرفتن پرونده
case-take-lead = پرونده را بپذیرید تا بیمار ببیند که به آن رسیدگی می‌شود.
case-complete = بستن پرونده
case-complete-correction-lead = موردی را که باید اصلاح شود انتخاب کنید و مقدار جدید را بنویسید. نسخهٔ قبلی در تاریخچهٔ رکورد نگهداری می‌شود و بیمار می‌بیند که این مورد اصلاح شده است. اگر اصلاح باید در سیستم خود ثبت انجام شود، هیچ موردی را انتخاب نکنید و بنویسید چه کاری انجام شده است.
case-complete-correction-button = اصلاح و بستن پرونده
case-complete-restriction-lead = ثبت‌نام محدود می‌شود: اطلاعات نگهداری می‌شود اما تا زمانی که محدودیت برداشته نشده است، در آمار، استخراج اطلاعات یا ارائه به دیگران به کار نمی‌رود.
case-complete-restriction-button = محدود کردن و بستن پرونده
case-complete-erasure-lead = همهٔ رکوردهای بیمار و ثبت‌نام او در این ثبت حذف می‌شود، و یک منع ثبت اعمال می‌شود تا این شخص دوباره ثبت نشود. این کار قابل بازگشت نیست. در پرونده فقط آنچه نشان می‌دهد حذف انجام شده است باقی می‌ماند.
case-complete-erasure-button = حذف و بستن پرونده
case-complete-opt_out-lead = یک منع ثبت اعمال می‌شود تا این شخص در این ثبت ثبت نشود. منع ثبت هیچ اطلاعات سلامتی در بر ندارد.
case-complete-opt_out-button = اعمال منع ثبت و بستن پرونده
case-complete-access_inquiry-lead = به بیمار پاسخ دهید که چرا اطلاعات خوانده شده است.
case-complete-access_inquiry-button = پاسخ و بستن پرونده
case-confirm-erasure-label = بررسی کرده‌ام که شخص و ثبت درست هستند و اطلاعات باید حذف شود.
case-target = موردی که باید اصلاح شود
case-target-none = هیچ موردی در اینجا نیست (در سیستم ثبت اصلاح شده است)
case-value = مقدار جدید
case-value-hint = تاریخ به صورت YYYY-MM-DD، بله/خیر به صورت ja یا nej، عدد اعشاری با ممیز یا نقطه، و کدها با خود کد نوشته می‌شوند.
case-note = پیام به بیمار
case-note-hint = در پروندهٔ بیمار نمایش داده می‌شود. هیچ اطلاعات سلامتی را که لازم نیست ننویسید.
case-extend = تمدید مهلت
case-extend-lead = اگر پرونده پیچیده باشد یا تعداد پرونده‌ها زیاد باشد، مهلت را می‌توان یک بار و حداکثر دو ماه تمدید کرد. بیمار دلیل را می‌بیند.
case-months = مدت تمدید
case-months-option = { $months ->
    [one] { $months } ماه
   *[other] { $months } ماه
}
case-extension-reason = دلیل تمدید
case-extend-button = تمدید
case-reject = رد کردن
case-reject-lead = بیمار دلیل را می‌بیند و اینکه چگونه می‌تواند به Integritetsskyddsmyndigheten (IMY)، ادارهٔ حفاظت از حریم خصوصی سوئد، شکایت کند.
case-rejection-reason = دلیل رد درخواست
case-reject-button = رد درخواست
case-lift = برداشتن محدودیت
case-lift-lead = ثبت‌نام دوباره فعال می‌شود و اطلاعات مانند معمول به کار می‌رود. بیمار دلیل را می‌بیند.
case-lift-reason = دلیل برداشتن محدودیت
case-lift-button = برداشتن محدودیت
case-months-required = یک یا دو ماه را انتخاب کنید.
case-reason-required = یک دلیل بنویسید.
case-target-unknown = یکی از موارد اطلاعات بیمار را از فهرست انتخاب کنید.
case-value-required = مقدار جدید را بنویسید.
case-note-required = موردی را برای اصلاح انتخاب کنید، یا بنویسید چه کاری انجام شده است.
case-value-integer = یک عدد صحیح بنویسید.
case-value-decimal = یک عدد بنویسید، برای مثال 2.5.
case-value-date = تاریخ را به صورت YYYY-MM-DD بنویسید.
case-value-boolean = بنویسید: ja (بله) یا nej (خیر).
case-value-code = یکی از کدهای این فیلد را بنویسید، همان‌طور که در شرح محتوای ثبت آمده است.
case-already-extended = مهلت قبلاً یک بار تمدید شده است.
case-not-registered = بیمار دیگر در این ثبت ثبت نشده است.
case-registered = بیمار در این ثبت ثبت شده است: منع ثبت فقط پیش از ثبت‌نام اعمال می‌شود. درخواست را رد کنید، یا از بیمار بخواهید درخواست حذف بدهد.
case-confirm-erasure = تأیید کنید که اطلاعات باید حذف شود.
case-closed = دربارهٔ این پرونده قبلاً تصمیم‌گیری شده است.

mail-greeting = سلام،
mail-received-subject = درخواست شما را دریافت کردیم
mail-received-line = درخواست شما با شمارهٔ پیگیری { $reference } دریافت شد.
mail-in_progress-subject = درخواست شما در دست بررسی است
mail-in_progress-line = درخواست شما با شمارهٔ پیگیری { $reference } اکنون در دست بررسی است.
mail-extended-subject = مهلت رسیدگی به درخواست شما تمدید شد
mail-extended-line = ثبت مهلت رسیدگی به درخواست شما با شمارهٔ پیگیری { $reference } را تمدید کرده است. دلیل آن در درخواست آمده است.
mail-completed-subject = درخواست شما انجام شد
mail-completed-line = درخواست شما با شمارهٔ پیگیری { $reference } انجام شد.
mail-rejected-subject = درخواست شما رد شد
mail-rejected-line = درخواست شما با شمارهٔ پیگیری { $reference } رد شد. دلیل آن، و راه شکایت، در درخواست آمده است.
mail-restriction_lifted-subject = یکی از درخواست‌های شما به‌روز شد
mail-restriction_lifted-line = درخواست شما با شمارهٔ پیگیری { $reference } به‌روز شد.
mail-see-portal = برای دیدن درخواست وارد insyn شوید: { $link }
mail-no-reply = به این نامه نمی‌توان پاسخ داد. به دلایل امنیتی، هیچ اطلاعاتی دربارهٔ سلامت شما در ایمیل نوشته نمی‌شود.
mail-confirm-subject = نشانی ایمیل خود را برای insyn تأیید کنید
mail-confirm-line = شما این نشانی را برای دریافت اطلاع‌رسانی‌های insyn وارد کرده‌اید. با باز کردن این پیوند، که ۲۴ ساعت اعتبار دارد، آن را تأیید کنید: { $link }
mail-confirm-ignore = اگر شما این نشانی را وارد نکرده‌اید، می‌توانید این نامه را نادیده بگیرید.
mail-staff-new-subject = پروندهٔ جدید در صف { $register }
mail-staff-new-line = یک پروندهٔ جدید به صف { $register } رسیده است: { $link }
mail-staff-digest-subject = { $count ->
    [one] { $count } پرونده در { $register } باید ظرف یک هفته انجام شود
   *[other] { $count } پرونده در { $register } باید ظرف یک هفته انجام شوند
}
mail-staff-digest-line = { $count ->
    [one] { $count } پروندهٔ باز در { $register } باید ظرف ۷ روز انجام شود یا مهلتش گذشته است: { $link }
   *[other] { $count } پروندهٔ باز در { $register } باید ظرف ۷ روز انجام شوند یا مهلتشان گذشته است: { $link }
}

notices-title = ایمیل دربارهٔ درخواست‌های شما
notices-none = می‌خواهید وقتی در درخواست‌هایتان اتفاقی می‌افتد ایمیل دریافت کنید؟ نشانی خود را وارد کنید. ایمیل‌ها فقط می‌گویند که اتفاقی افتاده است، و هرگز نمی‌گویند درخواست دربارهٔ چیست.
notices-unconfirmed = یک پیوند به { $email } فرستادیم. آن را باز کنید تا دریافت ایمیل شروع شود.
notices-confirmed = وقتی در درخواست‌هایتان اتفاقی بیفتد، به { $email } ایمیل دریافت می‌کنید.
notices-email = نشانی ایمیل
notices-hint = برای مثال namn@exempel.se
notices-save = ذخیرهٔ نشانی
notices-remove = حذف نشانی
notices-saved = نشانی ذخیره شد. برای تأیید آن، پیوندی را که در ایمیل فرستادیم باز کنید.
notices-removed = نشانی حذف شد. دیگر ایمیلی دریافت نمی‌کنید.
notices-confirmed-now = نشانی تأیید شد.
notices-link-invalid = این پیوند دیگر معتبر نیست. برای دریافت پیوند جدید، نشانی را دوباره ذخیره کنید.
notices-email-invalid = یک نشانی ایمیل بنویسید، برای مثال namn@exempel.se
notices-already-sent = قبلاً یک پیوند به این نشانی فرستاده‌ایم. این پیوند ۲۴ ساعت اعتبار دارد: صندوق ورودی و پوشهٔ هرزنامهٔ خود را نگاه کنید.
notices-unchanged = این نشانی از قبل نشانی تأییدشدهٔ شماست. چیزی تغییر نکرد.
notices-email-too-many = امروز بیش از حد ایمیل تأیید فرستاده‌ایم. لطفاً فردا دوباره امتحان کنید.

## The access log
me-see-log = چه کسی به اطلاعات من دسترسی داشته است؟
log-title = چه کسی به اطلاعات من دسترسی داشته است
log-lead = در اینجا می‌بینید واحدهای درمانی و کارکنان ثبت چه زمانی اطلاعات شما را در ثبت‌های کیفیت خوانده‌اند، در اختیار دیگران گذاشته‌اند یا اصلاح کرده‌اند – جدیدترین‌ها اول. این سابقه را نمی‌توان بعداً تغییر داد.
log-tabs-label = دسترسی‌های چه کسی
log-tab-others = مراکز درمانی و ثبت‌ها
log-tab-own = مشاهده‌ها و دریافت‌های خودتان
log-register = ثبت
log-care-unit = واحد درمانی
log-all = همه
log-from = از تاریخ
log-to = تا تاریخ
log-filter = نمایش
log-clear = نمایش همه
log-download-csv = دریافت سابقه (CSV)
log-download-json = دریافت سابقه (JSON)
log-empty = هنوز هیچ دسترسی‌ای در اینجا نیست.
log-empty-filtered = هیچ دسترسی‌ای با انتخاب شما مطابقت ندارد.
log-when = زمان
log-who = چه کسی
log-kind = نوع دسترسی
log-reason = دلیل اعلام‌شده
log-no-reason = دلیلی اعلام نشده است
log-next = دسترسی‌های قدیمی‌تر
log-who-staff = کارکنان { $register }
log-who-you = خودتان
log-who-unknown-unit = واحد درمانی ناشناخته
log-kinds-heading = انواع دسترسی به چه معناست؟
log-kind-read = خواندن
log-kind-read-help = کسی اطلاعات شما را خوانده است، برای مثال پیش از یک درمان، برای پیگیری مراقبت درمانی یا برای رسیدگی به درخواستی که شما فرستاده‌اید.
log-kind-export = استخراج
log-kind-export-help = اطلاعات شما از ثبت استخراج شده است، برای مثال به صورت گزارش یا نسخه – همچنین وقتی خودتان آن را دریافت کرده‌اید.
log-kind-correction = اصلاح
log-kind-correction-help = یکی از اطلاعات مربوط به شما تغییر کرده است. اطلاعات قبلی در ثبت باقی می‌ماند و در گزارش ثبت شما دیده می‌شود.
log-kind-disclosure_research = ارائهٔ اطلاعات برای پژوهش
log-kind-disclosure_research-help = اطلاعات در اختیار یک طرح پژوهشی قرار گرفته است که مجوز بررسی اخلاقی دارد.
log-kind-disclosure_statistics = ارائهٔ اطلاعات برای آمار
log-kind-disclosure_statistics-help = اطلاعات برای تهیهٔ آمار در اختیار قرار گرفته است، برای مثال دربارهٔ نتایج مراقبت‌های درمانی.
log-kept = این سابقه دست‌کم پنج سال نگهداری می‌شود، حتی اگر اطلاعات شما از ثبت حذف شود (HSLF-FS 2016:40).
log-ask-why = بپرسید چرا
inquiry-lead = می‌خواهید بدانید چرا کسی به اطلاعات شما دسترسی داشته است؟ پرسش خود را بنویسید تا کارکنان ثبت پاسخ دهند. دسترسی زیر همراه پرسش فرستاده می‌شود.
inquiry-question = پرسش شما
inquiry-question-hint = برای مثال: من هیچ تماسی با این درمانگاه نداشته‌ام – چرا اطلاعات مرا خوانده‌اند؟
inquiry-send = ارسال پرسش
inquiry-consequence = پرسش به کارکنان ثبت می‌رسد، و آن‌ها بررسی می‌کنند که چرا اطلاعات خوانده شده است و به شما پاسخ می‌دهند. پرسش و پاسخ در درخواست شما نگهداری می‌شود.
inquiry-already-open = شما قبلاً دربارهٔ این دسترسی پرسیده‌اید و پرسش هنوز باز است. می‌توانید آن را در اینجا پیگیری کنید:
inquiry-entry = دسترسی
form-question-required = پرسش خود را بنویسید.
form-question-short = کمی بیشتر بنویسید، حداقل ۱۰ نویسه، تا کارکنان متوجه شوند چه می‌خواهید بپرسید.
case-answer-required = پاسخ به بیمار را بنویسید.

# Refusals and failures of the plain forms and downloads (server/src/http/error.rs)
web-patient-only = این بخش فقط برای خود بیمار است.
web-staff-only = این بخش فقط برای کارکنان ثبت است.
web-not-found = در اینجا چیزی با این نام وجود ندارد.
web-no-such-request = چنین درخواستی وجود ندارد.
web-no-data-in-register = در آن ثبت هیچ اطلاعاتی دربارهٔ شما وجود ندارد.
web-case-decided = دربارهٔ این پرونده قبلاً تصمیم‌گیری شده است، یا همین حالا شخص دیگری آن را تغییر داده است. پرونده را دوباره بارگیری کنید.
web-unknown-action = اقدام ناشناخته.
web-unknown-language = زبان ناشناخته.
web-form-too-large = فرم بیش از حد بزرگ است.
web-form-token = فرم قابل بررسی نبود. صفحه را دوباره بارگیری کنید و دوباره امتحان کنید.
web-cross-site = این درخواست از وب‌سایت دیگری آمده بود و انجام نشد.
web-too-many-sign-ins = تعداد تلاش‌های ورود بیش از حد است. کمی صبر کنید و دوباره امتحان کنید.
web-request-not-saved = درخواست در حال حاضر ذخیره نشد. هیچ چیز فرستاده نشده است. دوباره امتحان کنید.
web-action-not-saved = اقدام در حال حاضر ذخیره نشد. هیچ چیز تغییر نکرده است. دوباره امتحان کنید.
web-address-not-saved = نشانی در حال حاضر ذخیره نشد. دوباره امتحان کنید.
web-sign-out-failed = خروج در حال حاضر انجام نشد. دوباره امتحان کنید.
web-copy-unavailable = نسخه در حال حاضر قابل تهیه نیست. کمی بعد دوباره امتحان کنید.
web-document-unavailable = سند در حال حاضر قابل تهیه نیست. کمی بعد دوباره امتحان کنید.
web-extract-unavailable = گزارش ثبت در حال حاضر قابل تهیه نیست. کمی بعد دوباره امتحان کنید.

# The history of one record (pages/record_history.rs)
data-see-history = دیدن تغییرات
history-title = تغییرات { $record }
history-about = این اطلاعات مربوط به { $date } است و توسط { $unit } گزارش شده است.
history-lead = در اینجا هر نسخه‌ای را که ثبت نگه داشته است می‌بینید، جدیدترین اول. هیچ اصلاحی بدون اینکه در اینجا دیده شود جای اطلاعاتی را نمی‌گیرد.
history-version = نسخهٔ { $version }
history-by-staff = تغییر داده‌شده توسط کارکنان ثبت.
history-by-register = گزارش‌شده توسط ثبت.
history-request = این تغییر در پی این درخواست انجام شد:
history-reason = دلیل:

# Added after the draft was written
nav-my-requests = درخواست‌های من
nav-my-log = گزارش دسترسی من
value-yes = بله
value-no = خیر
lang-machine-note = این ترجمه با کمک ماشین انجام شده و هنوز توسط یک گویشور بومی بررسی نشده است.

# Said where the text is in another language than the page (pages/my_register.rs, pages/requests.rs)
content-language-note = اصطلاحات خود ثبت (انواع سوابق و فیلدها) به انگلیسی نشان داده می‌شوند، زیرا ثبت آن‌ها را ترجمه نکرده است.

## Acting for someone else (guardians, proxies, legal representatives)
nav-proxies = وکیل‌ها
nav-representatives = نمایندگان قانونی
acting-title = این کار را از طرف چه کسی انجام می‌دهید؟
acting-lead = می‌توانید از insyn برای خودتان یا از طرف کسی که نمایندگی‌اش را دارید استفاده کنید: فرزندتان، کسی که به شما وکالت داده است، یا کسی که نمایندهٔ قانونی او (god man یا förvaltare) هستید. هر زمان بخواهید می‌توانید این را تغییر دهید.
acting-legend = می‌خواهم از insyn استفاده کنم برای
acting-myself = خودم ({ $name })
acting-as-guardian = { $name } (شما سرپرست قانونی او هستید)
acting-as-proxy = { $name } (شما وکیل او هستید)
acting-as-representative = { $name } (شما نمایندهٔ قانونی او هستید)
acting-offer-title = شما می‌توانید insyn را برای این افراد هم به کار ببرید
acting-continue = ادامه
acting-manage-link = وکیل‌ها و نمایندگان
acting-scope = { $what } · { $registers } · تا پایان { $until }
acting-scope-read = اجازهٔ خواندن
acting-scope-file = اجازهٔ خواندن و فرستادن درخواست
acting-scope-all-registers = همهٔ ثبت‌ها
acting-banner-label = کسی که از طرف او عمل می‌کنید
acting-banner-guardian = شما به عنوان سرپرست قانونی، از طرف فرزندتان { $name } عمل می‌کنید.
acting-banner-proxy = شما به عنوان وکیل، از طرف { $name } عمل می‌کنید.
acting-banner-representative = شما به عنوان نمایندهٔ قانونی (god man یا förvaltare)، از طرف { $name } عمل می‌کنید.
acting-back-to-self = بازگشت به حساب خودتان
acting-change = تغییر شخص
proxies-title = وکیل‌ها و نمایندگان
proxies-lead = در اینجا می‌بینید چه کسانی می‌توانند از طرف شما از insyn استفاده کنند و مجازند چه کارهایی انجام دهند. می‌توانید به کسی وکالت دهید تا وکیل شما باشد و هر زمان بخواهید وکالت را لغو کنید.
proxies-granted = وکالت داده شد. وکیل شما دفعهٔ بعد که وارد شود می‌تواند از آن استفاده کند.
proxies-revoked = وکالت لغو شد. دیگر اعتبار ندارد، حتی برای کسی که همین حالا وارد شده است.
proxies-choose-link = انتخاب کنید از طرف چه کسی عمل می‌کنید
proxies-for-me-title = کسانی که می‌توانند از طرف شما از insyn استفاده کنند
proxies-for-me-none = هیچ‌کس نمی‌تواند از طرف شما از insyn استفاده کند.
proxies-kind-guardian = { $name }، سرپرست قانونی
proxies-kind-proxy = { $name }، وکیل
proxies-kind-representative = { $name }، نمایندهٔ قانونی (god man یا förvaltare)
proxies-decision = تصمیم: { $reference }
proxies-revoke = لغو وکالت
proxies-grant-title = وکالت دادن به کسی
proxies-grant-lead = وکیل شما با شناسهٔ الکترونیکی خودش وارد می‌شود. وکیل نمی‌تواند به نوبهٔ خود به شخص دیگری وکالت دهد.
proxies-personnummer = شمارهٔ شخصی (personnummer) وکیل
proxies-personnummer-hint = ۱۲ رقم، برای مثال 19621008-9899.
proxies-scope = وکیل مجاز است چه کارهایی انجام دهد؟
proxies-reach = در کدام ثبت‌ها؟
proxies-reach-some = فقط ثبت‌هایی که علامت می‌زنم
proxies-until = معتبر تا پایان
proxies-until-hint = حداکثر دو سال؛ آخرین تاریخ ممکن { $max } است.
proxies-grant = دادن وکالت
proxies-error-personnummer = یک personnummer معتبر ۱۲ رقمی بنویسید.
proxies-error-registers = دست‌کم یک ثبت را علامت بزنید، یا همهٔ ثبت‌ها را انتخاب کنید.
proxies-error-until = تاریخ پایانی بین امروز و حداکثر دو سال بعد انتخاب کنید.
proxies-error-themselves = نمی‌توانید به خودتان وکالت دهید.
proxies-error-protected = در insyn امکان دادن وکالت برای شما وجود ندارد. مستقیماً با ثبت مربوط تماس بگیرید.
representatives-title = وارد کردن نمایندهٔ قانونی (god man یا förvaltare)
representatives-lead = نمایندهٔ قانونی را بر اساس تصمیم دادگاه بدوی (tingsrätten) یا هیئت نظارت بر قیمومت (överförmyndarnämnden) وارد کنید. فرد تحت نمایندگی این را در صفحهٔ خود در insyn می‌بیند.
representatives-entered = نمایندهٔ قانونی وارد شد.
representatives-represented = شمارهٔ شخصی (personnummer) فرد تحت نمایندگی
representatives-representative = شمارهٔ شخصی (personnummer) نمایندهٔ قانونی
representatives-reference = شمارهٔ پروندهٔ تصمیم (diarienummer)
representatives-reference-hint = برای مثال ÖFN 2025-0123.
representatives-registers = در کدام‌یک از ثبت‌های شما؟
representatives-from = معتبر از
representatives-until = معتبر تا پایان
representatives-submit = وارد کردن نمایندهٔ قانونی
representatives-error-reference = شمارهٔ پروندهٔ تصمیم را بنویسید.
representatives-error-registers = دست‌کم یکی از ثبت‌های خود را علامت بزنید.
representatives-error-date = یک تاریخ بنویسید.
representatives-error-themselves = نمایندهٔ قانونی نمی‌تواند همان فرد تحت نمایندگی باشد.
representatives-error-period = تاریخ پایان نمی‌تواند پیش از تاریخ شروع باشد.
log-who-guardian = سرپرست قانونی شما، { $name }
log-who-proxy = وکیل شما، { $name }
log-who-representative = نمایندهٔ قانونی شما، { $name }
receipt-filed-by = درخواست‌دهنده
request-filed-by-guardian = { $name }، به عنوان سرپرست قانونی
request-filed-by-proxy = { $name }، به عنوان وکیل
request-filed-by-representative = { $name }، به عنوان نمایندهٔ قانونی
mail-for-someone-else = این درخواست مربوط به کسی است که در insyn از طرف او عمل می‌کنید.
signin-too-young-title = سرپرست قانونی شما می‌تواند به شما کمک کند
signin-too-young-body = کودکان تا وقتی به سن کافی نرسیده‌اند نمی‌توانند خودشان وارد insyn شوند. سرپرست قانونی شما می‌تواند اطلاعات شما را ببیند و از طرف شما درخواست بفرستد.
web-acting-not-allowed = این کار را نمی‌توانید از طرف کسی که نمایندگی‌اش را دارید انجام دهید.
web-acting-not-saved = در حال حاضر ذخیره نشد. کمی بعد دوباره امتحان کنید.
web-not-your-register = شما با آن ثبت کار نمی‌کنید.
nav-my-releases = ارائهٔ اطلاعات
nav-staff-releases = ارائهٔ اطلاعات
my-releases-title = اطلاعات شما در اختیار چه کسانی قرار گرفته است
my-releases-lead = ثبت‌ها گاهی پس از بررسی محرمانگی، اطلاعاتی را برای پژوهش و آمار در اختیار دیگران قرار می‌دهند؛ برای پژوهش، این کار با مجوز Etikprövningsmyndigheten، ادارهٔ بررسی اخلاقی سوئد، انجام می‌شود. در اینجا هر مورد ارائهٔ اطلاعات را که اطلاعات شما در آن بوده است می‌بینید، و می‌توانید به ارائهٔ اطلاعات خود برای پژوهش و آمار «نه» بگویید.
my-releases-list-heading = موارد ارائهٔ اطلاعات که اطلاعات شما در آن‌ها بوده است
my-releases-none = هیچ اطلاعاتی دربارهٔ شما از راه insyn برای پژوهش یا آمار ارائه نشده است.
my-releases-included = اطلاعات شما در آن بوده است.
my-releases-included-before-opt-out = اطلاعات شما در آن بوده است، زیرا تصمیم به ارائهٔ اطلاعات پیش از آن گرفته شد که شما در { $on } «نه» بگویید.
my-releases-left-out = اطلاعات شما در آن نبوده است. «نه»ی شما به پژوهش و آمار هنگام تصمیم‌گیری دربارهٔ ارائهٔ اطلاعات معتبر بود.
opt-outs-heading = مواردی که «نه» گفته‌اید
opt-outs-research-explained = می‌توانید به ارائهٔ اطلاعات خود برای پژوهش و آمار «نه» بگویید و با این حال در ثبت بمانید تا نظام درمانی بتواند کیفیت کار خود را پیگیری و بهتر کند. لازم نیست دلیلی بیاورید، و هر زمان بخواهید می‌توانید نظرتان را تغییر دهید.
opt-outs-none = شما به چیزی «نه» نگفته‌اید.
opt-outs-every-register = همهٔ ثبت‌ها
opt-outs-since = از { $on }، { $how }.
opt-outs-withdraw = پس گرفتن «نه»ی من
opt-outs-research-scope = در کدام ثبت به پژوهش و آمار «نه» می‌گویید؟
opt-outs-research-effect = «نه»ی شما برای موارد ارائهٔ اطلاعاتی اعمال می‌شود که از این پس دربارهٔ آن‌ها تصمیم گرفته شود. اطلاعاتی را که قبلاً ارائه شده است نمی‌توان پس گرفت.
opt-outs-research-give = «نه» به پژوهش و آمار
opt-out-given = «نه»ی شما ثبت شد. این برای موارد ارائهٔ اطلاعاتی اعمال می‌شود که از این پس دربارهٔ آن‌ها تصمیم گرفته شود.
opt-out-withdrawn = «نه»ی شما پس گرفته شد.
opt-out-kind-registration = «نه» به ثبت شدن
opt-out-kind-research = «نه» به پژوهش و آمار
opt-out-channel-insyn = در insyn
opt-out-channel-request = با درخواستی در insyn
opt-out-channel-verbal = به‌صورت شفاهی در درمانگاه
opt-out-channel-paper = با فرم کاغذی
release-recipient = گیرنده
release-recipient-contact = اطلاعات تماس گیرنده
release-purpose = هدف
release-purpose-research = پژوهش
release-purpose-statistics = آمار
release-purpose-quality_development = بهبود کیفیت
release-purpose-legal_duty = به ادارهٔ دولتی دیگری طبق قانون
release-ethics-approval = مجوز بررسی اخلاقی
release-ethics-approval-hint = شمارهٔ پرونده در Etikprövningsmyndigheten (ادارهٔ بررسی اخلاقی سوئد). برای پژوهش الزامی است.
release-legal-basis = مبنای قانونی
release-form = شکل ارائه
release-form-identifiable = با شمارهٔ شخصی (personnummer)
release-form-pseudonymised = با نام مستعار (بدون نام و شمارهٔ شخصی)
release-form-aggregate = فقط تعداد
release-data = کدام اطلاعات
release-data-hint = انواع رکوردهای ثبت انتخاب‌شده را که ارائه می‌شوند علامت بزنید.
release-fields = کدام فیلدها
release-decided = تاریخ تصمیم
release-decided-time = ساعت تصمیم
release-decided-time-hint = به وقت سوئد، برای مثال 10:30. «نه»هایی که پیش از تصمیم ثبت شده‌اند اعمال می‌شوند.
release-delivered = تاریخ تحویل
release-optional = اختیاری.
release-diary-number = شمارهٔ پرونده (diarienummer)
release-fewer-than = کمتر از { $count }
release-register = ثبت
release-cohort = افراد (شمارهٔ شخصی)
release-cohort-hint = در هر خط یک شمارهٔ شخصی، یا یک فایل در پایین. insyn همهٔ کسانی را که به پژوهش و آمار «نه» گفته‌اند از گروه منتخب کنار می‌گذارد.
release-cohort-file = یا یک فایل با شماره‌های شخصی (متن یا CSV)
release-cohort-lines = در خط‌های: { $lines }.
release-submit = ثبت ارائهٔ اطلاعات
release-new-title = ثبت یک مورد ارائهٔ اطلاعات
release-new-lead = یک مورد ارائهٔ اطلاعات ثبت را که دربارهٔ آن تصمیم گرفته شده است وارد کنید. insyn کسانی را که هنگام تصمیم‌گیری «نه» گفته بودند کنار می‌گذارد و گروه منتخبی را که اطلاعاتشان را می‌توان ارائه کرد به شما می‌دهد. هر فردی که اطلاعات شخصی‌اش در آن ارائه شود، آن را در سابقهٔ دسترسی‌های خود می‌بیند.
release-error-diary_number = شمارهٔ پرونده را بنویسید.
release-error-decided_at = روز تصمیم را بنویسید (و ساعت را به صورت HH:MM).
release-error-recipient = گیرنده را بنویسید.
release-error-recipient_contact = اطلاعات تماس گیرنده را بنویسید.
release-error-legal_basis = مبنای قانونی را بنویسید.
release-error-fields = بنویسید کدام فیلدها ارائه می‌شوند.
release-error-delivered_on = روز تحویل را به صورت YYYY-MM-DD بنویسید، یا خالی بگذارید.
release-error-ethics_approval = ارائهٔ اطلاعات برای پژوهش به شمارهٔ پروندهٔ مجوز بررسی اخلاقی نیاز دارد.
release-error-record_types = دست‌کم یک نوع رکورد از ثبت انتخاب‌شده را انتخاب کنید.
release-error-cohort-empty = دست‌کم یک شمارهٔ شخصی بنویسید.
release-error-cohort-large = گروه منتخب حداکثر می‌تواند ۲۰۰٬۰۰۰ نفر داشته باشد.
release-error-cohort-malformed = یکی از شماره‌های شخصی خوانده نمی‌شود.
release-error-cohort-twice = یکی از شماره‌های شخصی دو بار آمده است.
release-error-cohort-unknown = یکی از افراد در این ثبت نیست.
release-error-diary-taken = مورد دیگری از ارائهٔ اطلاعات قبلاً با همین شمارهٔ پرونده ثبت شده است.
staff-releases-title = ارائهٔ اطلاعات
staff-releases-lead = موارد ارائهٔ اطلاعات از ثبت‌های شما. هر مورد در فهرست عمومی موارد ارائهٔ اطلاعات، بدون اطلاعات شخصی، نمایش داده می‌شود.
staff-releases-new = ثبت یک مورد ارائهٔ اطلاعات
staff-release-resolved = { $submitted } نفر در گروه منتخب؛ اطلاعات { $delivered } نفر را می‌توان ارائه کرد؛ { $left_out } نفر کنار گذاشته شدند («نه» به پژوهش و آمار، یا پردازش محدودشده).
staff-release-download = دریافت گروه منتخبی که اطلاعاتشان را می‌توان ارائه کرد (CSV)
staff-release-fingerprint = اثر انگشت دیجیتال «نه»های اعمال‌شده
staff-release-recorded = تاریخ ثبت
staff-release-by-system = توسط سیستم ثبت
public-releases-title = موارد ارائهٔ اطلاعات از { $register }
public-releases-lead = همهٔ موارد ارائهٔ اطلاعات این ثبت برای پژوهش، آمار و اهداف دیگر، بدون اطلاعات شخصی. تعدادهای کوچک نشان داده نمی‌شوند تا هیچ‌کس قابل شناسایی نباشد.
public-releases-heading = موارد ارائهٔ اطلاعات
public-releases-none = هیچ مورد ارائهٔ اطلاعاتی ثبت نشده است.
public-releases-cohort = { $count } نفر
public-releases-counted = تعداد: { $count }
public-releases-left-out = کنار گذاشته‌شده به دلیل «نه»: { $count }
handling-heading = ثبت چگونه به درخواست‌ها رسیدگی می‌کند
handling-lead = درخواست‌های اصلاح، محدود کردن، حذف و «نه»، و پرسش‌ها دربارهٔ سابقهٔ دسترسی‌ها، بر اساس ماهی که رسیده‌اند. زمان به روز و از رسیدن درخواست تا تصمیم حساب می‌شود.
handling-none = هیچ درخواستی نرسیده است.
handling-month = ماه
handling-received = دریافت‌شده
handling-completed = انجام‌شده
handling-rejected = ردشده
handling-median = میانه، روز
handling-p90 = صدک ۹۰، روز
handling-extended = تمدیدشده
register-releases-heading = ارائهٔ اطلاعات
register-releases-body = این ثبت پس از بررسی محرمانگی، اطلاعات را برای پژوهش و آمار ارائه می‌کند. هر مورد ارائهٔ اطلاعات به‌طور علنی گزارش می‌شود.
register-releases-link = موارد ارائهٔ اطلاعات این ثبت و نحوهٔ رسیدگی آن به درخواست‌ها را ببینید
recipients-heading = گیرندگانی که باید به آن‌ها اطلاع داده شود
recipients-lead = این اطلاعات پیش‌تر در اختیار این گیرندگان قرار گرفته است. ثبت تغییر را به هر یک از آن‌ها اطلاع می‌دهد (ماده ۱۹ مقررات عمومی حفاظت از داده‌ها، GDPR).
recipients-not-told = هنوز اطلاع داده نشده
recipients-told-on = اطلاع داده‌شده در { $on }
recipients-told = اطلاع داده شد
recipients-mark-told = علامت‌گذاری به عنوان «اطلاع داده شد»
status-recipient_told = به گیرنده اطلاع داده شد
mail-recipient_told-subject = یکی از درخواست‌های شما به‌روز شد
mail-recipient_told-line = درخواست شما با شمارهٔ پیگیری { $reference } به‌روز شد.
form-file-not-text = فایل را نمی‌توان به صورت متن خواند. آن را به صورت متن یا CSV ذخیره کنید و دوباره امتحان کنید.
release-error-decided-future = یک مورد ارائهٔ اطلاعات را نمی‌توان پیش از تصمیم‌گیری دربارهٔ آن ثبت کرد: تصمیمی را وارد کنید که قبلاً گرفته شده است.
receipt-handled-by = رسیدگی‌کننده
receipt-handled-by-register = { $register } (هماهنگ‌کنندگان ثبت)
