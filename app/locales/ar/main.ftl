# insyn – Arabic texts (Modern Standard Arabic), translated from sv/main.ftl. Every id must also exist in sv/main.ftl.

site-name = insyn
site-name-long = insyn – حقوقك في سجلات الجودة الوطنية
site-tagline = بياناتك في سجلات الجودة
skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-registers = السجلات
lang-switch-label = اللغة
breadcrumbs-label = أنت هنا
loading = جارٍ التحميل …

footer-about = insyn خدمة إلكترونية للمرضى في سجلات الجودة الوطنية. يمكنك هنا أن ترى أين أنت مسجَّل، وأن تحصل على نسخة من بياناتك، وأن تمارس حقوقك.
footer-not-decision-support = تُستخدم سجلات الجودة لتطوير جودة الرعاية الصحية وضمانها. وهي ليست أداةً لدعم القرار: لا شيء في insyn يؤثر في رعايتك الفردية.
footer-complain = إذا كنت ترى أن بياناتك الشخصية تُعالَج بطريقة خاطئة، يمكنك تقديم شكوى إلى
footer-imy = هيئة حماية الخصوصية السويدية – Integritetsskyddsmyndigheten (IMY)

error-code = خطأ { $status }
error-not-found-title = الصفحة غير موجودة
error-not-found-body = لم نجد ما تبحث عنه. تحقَّق من العنوان، أو ابدأ من جديد من الصفحة الرئيسية.
error-unavailable-title = الخدمة غير متاحة حاليًا
error-unavailable-body = لا نستطيع الوصول إلى بياناتنا في الوقت الحالي. لم يتغيَّر شيء. حاول مرة أخرى بعد قليل.
error-internal-title = حدث خطأ ما
error-internal-body = حدث خطأ غير متوقَّع لدينا. لم يتغيَّر شيء. حاول مرة أخرى، وتواصل مع السجل إذا استمر الخطأ.
error-back-home = إلى الصفحة الرئيسية

home-title = الصفحة الرئيسية
home-heading = بياناتك في سجلات الجودة الوطنية
home-lead = مع insyn ترى في أي سجلات الجودة أنت مسجَّل، وما المدوَّن عنك فيها، ومن اطَّلع على بياناتك – ويمكنك أن تمارس حقوقك مباشرةً، دون استمارات ورقية.
me-heading-acting = السجلات الخاصة بـ { $name }
me-lead-acting = ترى هنا جميع سجلات الجودة الوطنية في insyn، وهل { $name } مسجَّل فيها.
home-what = تجمع سجلات الجودة الوطنية بيانات عن الرعاية والعلاج، لكي تتمكن الرعاية الصحية من متابعة نتائجها وتحسينها. يحق لك أن تعرف ما يُسجَّل عنك، ويمكنك في أي وقت أن ترفض المشاركة.
home-see-registers = اطَّلع على السجلات الموجودة

rights-heading = حقوقك
rights-intro = هذا ما يمكنك فعله في insyn. تسجِّل الدخول بالهوية الإلكترونية.
right-know-title = أن تعرف هل أنت مسجَّل
right-know-body = اطَّلع على السجلات التي أنت مسجَّل فيها، والغرض من كل سجل، والجهة المسؤولة عنه، ومدة حفظ البيانات.
right-copy-title = الحصول على نسخة من بياناتك
right-copy-body = نزِّل بياناتك مجانًا، في صورة مستخرج من السجل بصيغة PDF وبصيغة قابلة للقراءة الآلية (JSON).
right-correct-title = تصحيح الأخطاء
right-correct-body = اطلب تصحيح المعلومات الخاطئة أو استكمال المعلومات الناقصة. تبقى النسخة القديمة محفوظة في تاريخ التعديلات.
right-restrict-title = تقييد المعالجة
right-restrict-body = اطلب أن تُحفَظ بياناتك فقط، دون أن تُستخدم في الإحصاءات أو يُفصَح عنها، مثلًا أثناء التحقق من طلب تصحيح.
right-erase-title = إلغاء تسجيلك أو الرفض مسبقًا
right-erase-body = اطلب حذف بياناتك من سجل وعدم تسجيلك فيه مرة أخرى، أو أعلن رفضك قبل أن توجد أي بيانات عنك (استمارة الرفض «Nej-blanketten»، إلكترونيًا).
right-access-log-title = معرفة من اطَّلع على بياناتك
right-access-log-body = اعرف أي وحدة رعاية اطَّلعت على بياناتك، ومتى، وبأي طريقة، ولماذا – واسأل عن أي عملية اطِّلاع لا تعرفها.
right-complain-title = تقديم شكوى
right-complain-body = إذا لم تكن راضيًا عن طريقة تعامل السجل مع بياناتك، يمكنك تقديم شكوى إلى هيئة حماية الخصوصية السويدية – Integritetsskyddsmyndigheten (IMY).

deadline-heading = الرد خلال شهر واحد
deadline-body = يحصل كل طلب على رقم مرجعي وإيصال. يجب على السجل أن يردَّ خلال شهر واحد. يمكن تمديد المهلة مرة واحدة بشهرين كحدٍّ أقصى، وعندئذٍ تُبلَّغ بالسبب. ترى طوال الوقت عدد الأيام المتبقية.

registers-title = السجلات
registers-heading = السجلات في insyn
registers-lead = هذه جميع سجلات الجودة الموجودة في insyn. اختر سجلًا لتقرأ الغرض منه والجهة المسؤولة عنه.
registers-filter-label = البحث في السجلات
registers-filter-hint = ابحث بالاسم أو الاختصار أو الموضوع.
registers-filter-submit = بحث
registers-filter-none = لا يوجد سجل يطابق بحثك.
register-count = { $count ->
    [zero] لا توجد سجلات
    [one] سجل واحد
    [two] سجلان
    [few] { $count } سجلات
    [many] { $count } سجلًا
   *[other] { $count } سجل
}

register-purpose = الغرض
register-controller = الجهة المسؤولة عن البيانات الشخصية
register-holder = الجهة القائمة على إدارة السجل
register-retention = مدة الحفظ
register-contact = التواصل
register-dpo = مسؤول حماية البيانات
register-website = الموقع الإلكتروني
register-rights-heading = حقوقك في هذا السجل
register-rights-body = يحق لك أن تعرف هل أنت مسجَّل، وأن تحصل على نسخة من بياناتك، وأن تُصحَّح الأخطاء، وأن تطلب تقييد المعالجة، وأن تُحذَف من السجل، وأن ترى من اطَّلع على البيانات. المشاركة طوعية: يمكنك أن ترفض في أي وقت.
register-not-decision-support = يُستخدم السجل لمتابعة الرعاية الصحية وتحسينها، وليس أداةً لدعم القرار في رعايتك الفردية.

nav-my-registers = سجلاتي
nav-staff = صفحة الموظفين
nav-my-requests = طلباتي
nav-my-log = سجل الاطلاع الخاص بي
sign-in = تسجيل الدخول
sign-out = تسجيل الخروج
sign-in-again = تسجيل الدخول مرة أخرى
error-sign-in-title = يجب عليك تسجيل الدخول
error-sign-in-body = تعرض هذه الصفحة بياناتك الخاصة، لذلك يجب عليك أولًا تسجيل الدخول بهويتك الإلكترونية.
error-forbidden-title = هذه الصفحة ليست مخصَّصة لك
error-forbidden-body = لقد سجَّلت الدخول، لكن هذه الصفحة تنتمي إلى جزء آخر من insyn. للمرضى ولموظفي السجلات صفحات منفصلة.

session-notice = حفاظًا على أمانك، يُسجَّل خروجك بعد { $minutes } دقيقة دون نشاط.
session-warning = سيُسجَّل خروجك بعد { $left } لأنك لم تكن نشطًا.
session-stay = ابقَ مسجَّل الدخول
session-ended = تم تسجيل خروجك لأنك لم تكن نشطًا.

me-title = سجلاتي
me-heading = مرحبًا، { $name }
me-lead = ترى هنا جميع سجلات الجودة الوطنية في insyn، وهل أنت مسجَّل فيها. اختر سجلًا لتقرأ الغرض منه والجهة المسؤولة عنه.
me-registers-heading = سجلاتي
me-status-registered = مسجَّل منذ { $since }
me-status-restricted = مسجَّل منذ { $since } – المعالجة مقيَّدة
me-status-not-registered = غير مسجَّل

staff-title = صفحة الموظفين
staff-heading = مرحبًا، { $name }
staff-lead = لقد سجَّلت الدخول بصفتك موظفًا في سجل، بمعرِّف HSA-id { $hsa_id }.
staff-registers-heading = سجلاتك

signin-error-title = فشل تسجيل الدخول
signin-nothing-created = لم يتم تسجيل دخولك، ولم يُحفَظ أي شيء.
signin-try-again = حاول مرة أخرى
signin-unavailable-title = تسجيل الدخول لا يعمل حاليًا
signin-unavailable-body = لا نستطيع الوصول إلى خدمة الهوية الإلكترونية في الوقت الحالي. حاول مرة أخرى بعد قليل.
signin-expired-title = استغرق تسجيل الدخول وقتًا طويلًا أو انقطع
signin-expired-body = يجب إتمام تسجيل الدخول في المتصفح نفسه، خلال عشر دقائق، ولا يمكن استخدامه إلا مرة واحدة. ابدأ من جديد.
signin-cancelled-title = لقد ألغيت تسجيل الدخول
signin-cancelled-body = أُلغي تسجيل الدخول لدى خدمة الهوية الإلكترونية. يمكنك البدء من جديد متى شئت.
signin-refused-title = تعذَّر التحقق من تسجيل الدخول
signin-refused-body = لم يجتز الرد الوارد من خدمة الهوية الإلكترونية فحوصاتنا الأمنية. ابدأ من جديد؛ وإذا تكرر ذلك، تواصل مع السجل.
signin-assurance-title = هويتك الإلكترونية لا تكفي لاستخدام insyn
signin-assurance-body = يعرض insyn بيانات صحية، ويتطلب هوية إلكترونية بمستوى الثقة 3، مثل BankID أو Freja+.
signin-two-factor-title = يلزم التحقق بعاملين
signin-two-factor-body = يجب على موظفي السجلات تسجيل الدخول بعاملين، مثل بطاقة SITHS ورمز PIN.
signin-identity-title = تعذَّرت قراءة هويتك
signin-identity-body = لم تُقدِّم خدمة الهوية الإلكترونية رقمًا شخصيًا سويديًا صالحًا (personnummer) أو معرِّف HSA-id صالحًا. تواصل مع الدعم الفني لخدمة الهوية الإلكترونية.
signin-unknown-staff-title = أنت غير مسجَّل بصفتك موظفًا في سجل
signin-unknown-staff-body = معرِّف HSA-id الخاص بك ليس ضمن موظفي أي سجل في insyn. تواصل مع منسِّق سجلك لتتم إضافتك.

me-download-pdf = تنزيل مستخرج السجل (PDF)
me-download-json = تنزيل جميع البيانات (JSON)
me-record-count = { $count ->
    [zero] لا توجد قيود
    [one] قيد واحد
    [two] قيدان
    [few] { $count } قيود
    [many] { $count } قيدًا
   *[other] { $count } قيد
}
me-latest-change = آخر تغيير في { $on }
me-see-data = عرض بياناتك
me-about-register = عن السجل

data-about-register = عن السجل: الغرض، والجهات المسؤولة، ومدة الحفظ
data-downloads-heading = نسختك
data-downloads-body = يحق لك الحصول على نسخة مجانية من بياناتك. مستخرج السجل ملف PDF للقراءة والحفظ؛ أما ملف JSON فيحتوي على البيانات نفسها بصيغة قابلة للقراءة الآلية يمكنك أخذها معك.
data-download-pdf = مستخرج السجل (PDF)
data-download-json = البيانات (JSON)
data-records-heading = { $count ->
    [zero] لا توجد قيود مسجَّلة
    [one] قيد مسجَّل واحد
    [two] قيدان مسجَّلان
    [few] { $count } قيود مسجَّلة
    [many] { $count } قيدًا مسجَّلًا
   *[other] { $count } قيد مسجَّل
}
data-no-records = لا توجد في السجل قيود عنك حتى الآن.
data-not-registered = أنت غير مسجَّل في هذا السجل.
data-reported-by = بإبلاغ من { $unit }
data-corrected = صُحِّح في { $on }
data-pages-label = الصفحات
data-page-of = الصفحة { $page } من { $pages }
data-previous = الصفحة السابقة
data-next = الصفحة التالية

pdf-title = مستخرج السجل
pdf-personnummer = الرقم الشخصي (Personnummer)
pdf-generated = تاريخ الإنشاء
pdf-reference = الرقم المرجعي
pdf-reference-explained = هذا المستخرج مُدوَّن في سجل الاطلاع الخاص بك بالرقم المرجعي أعلاه. يحق لك الحصول على نسخة مجانية من بياناتك (المادة 15 من اللائحة العامة لحماية البيانات).
pdf-registers-included = السجلات الواردة في هذا المستخرج
pdf-no-registers = أنت غير مسجَّل في أي من السجلات في insyn.
pdf-rights = إذا كان هناك خطأ أو نقص، يمكنك طلب التصحيح في insyn. ويمكنك أيضًا أن تطلب تقييد المعالجة، أو حذف البيانات، أو عدم تسجيلك. إذا كنت ترى أن بياناتك تُعالَج بطريقة خاطئة، يمكنك تقديم شكوى إلى هيئة حماية الخصوصية السويدية – Integritetsskyddsmyndigheten (IMY).
pdf-registered-since = مسجَّل منذ { $date }
pdf-restricted = معالجة بياناتك مقيَّدة (المادة 18 من اللائحة العامة لحماية البيانات).
pdf-no-records = لا توجد في السجل قيود عنك.
pdf-corrected = مُصحَّح
pdf-col-date = التاريخ
pdf-col-care-unit = وحدة الرعاية
pdf-col-values = البيانات
pdf-access-log = سجل الاطلاع
pdf-access-log-explained = من اطَّلع على بياناتك ومتى، الأقدم أولًا. «أنت نفسك» تعني عمليات العرض والتنزيل التي قمت بها في insyn.
pdf-col-time = الوقت (UTC)
pdf-col-register = السجل
pdf-col-who = مَن
pdf-col-kind = النوع
pdf-col-reason = السبب
pdf-actor-patient = أنت نفسك (insyn)
pdf-actor-staff = موظفو السجل
pdf-kind-read = قراءة
pdf-kind-export = تسليم نسخة
pdf-kind-correction = تصحيح
pdf-kind-disclosure_research = إفصاح لأغراض البحث
pdf-kind-disclosure_statistics = إفصاح لأغراض الإحصاء
pdf-none = لا يوجد.
pdf-requests = طلباتك
pdf-col-reference = الرقم المرجعي
pdf-col-request = الطلب
pdf-col-status = الحالة
pdf-col-received = تاريخ الاستلام
pdf-col-due = الموعد الأقصى للإنجاز
pdf-footer = مستخرج السجل من insyn · الرقم المرجعي { $reference } · الصفحة { $page } من { $pages }
pdf-receipt-title = إيصال
pdf-receipt-extended = مُدِّدت المهلة
pdf-receipt-decided = تم البتّ فيه
pdf-receipt-decision = القرار
pdf-receipt-col-field = البند
pdf-receipt-col-value = المحتوى
pdf-receipt-note = ملاحظة
pdf-receipt-deadline = يجب على السجل أن يردَّ خلال شهر واحد. يمكن تمديد المهلة مرة واحدة بشهرين كحدٍّ أقصى إذا بيَّن السجل السبب (المادة 12.3 من اللائحة العامة لحماية البيانات). يمكنك متابعة الطلب تحت «طلباتي» في insyn.
pdf-receipt-complain = إذا لم تكن راضيًا عن القرار، يمكنك تقديم شكوى إلى هيئة حماية الخصوصية السويدية – Integritetsskyddsmyndigheten (IMY)، www.imy.se.
pdf-receipt-footer = إيصال من insyn · الرقم المرجعي { $reference } · الصفحة { $page } من { $pages }
receipt-pdf = حفظ الإيصال (PDF)

me-status-opted-out = أُلغي تسجيلك – يجب ألا تُسجَّل هنا
me-use-rights = حقوقك
me-opt-out = لا أريد أن أُسجَّل
rights-in-register-heading = حقوقك في السجل
my-requests-link = طلباتي
request-correction-link = طلب التصحيح أو الاستكمال
request-restriction-link = طلب تقييد المعالجة
request-erasure-link = طلب الحذف وإلغاء التسجيل
request-opt_out-link = لا أريد أن أُسجَّل (استمارة الرفض)
request-access_inquiry-link = اسأل لماذا اطَّلع أحدهم على بياناتك

request-correction-title = التصحيح أو الاستكمال
request-correction-lead = أخبرنا بما هو خاطئ أو ناقص في بياناتك، وسيصحِّحه السجل.
request-correction-consequence = يراجع موظفو السجل طلبك. إذا صُحِّحت البيانات، سترى القيمة المصحَّحة وأن القيد قد صُحِّح؛ وتُحفَظ النسخة القديمة في تاريخ تعديلات القيد.
request-correction-confirm = أريد أن يصحِّح السجل بياناتي أو يستكملها وفق ما ورد أعلاه.
request-restriction-title = تقييد المعالجة
request-restriction-lead = يمكنك أن تطلب أن تُحفَظ بياناتك فقط دون أن تُستخدم، ريثما يتم التحقق من أمر ما.
request-restriction-consequence = إذا قُبل الطلب، تُحفَظ بياناتك ولكنها تُستبعَد من جميع الإحصاءات والأبحاث وعمليات الاستخراج، إلى أن يُرفَع التقييد. وستُبلَّغ قبل رفعه.
request-restriction-confirm = أريد تقييد معالجة بياناتي للسبب الذي اخترته.
request-erasure-title = الحذف وإلغاء التسجيل
request-erasure-lead = يمكنك في أي وقت أن تطلب حذف بياناتك من السجل وعدم تسجيلك مرة أخرى.
request-erasure-consequence = تُحذَف جميع قيودك وتسجيلك في السجل. ولا تبقى إلا ملاحظة لا تحتوي على بيانات صحية تفيد بأنه يجب ألا تُسجَّل، حتى لا تُقبَل بيانات جديدة عنك. لا يمكن التراجع عن الحذف. لا تتأثر رعايتك الصحية.
request-erasure-confirm = أفهم أنه لا يمكن التراجع عن الحذف، ولا أريد أن أكون في السجل.
request-opt_out-title = لا أريد أن أُسجَّل
request-opt_out-lead = يمكنك أن ترفض السجل قبل أن توجد فيه أي بيانات عنك (استمارة الرفض، إلكترونيًا).
request-opt_out-consequence = تُحفَظ ملاحظة لا تحتوي على بيانات صحية تفيد بأنه يجب ألا تُسجَّل. بعد ذلك لا يقبل السجل أي بيانات عنك. لا تتأثر رعايتك الصحية.
request-opt_out-confirm = لا أريد أن أُسجَّل في هذا السجل.
request-access_inquiry-title = سؤال عن عملية اطِّلاع
request-what-happens = ماذا يحدث؟
request-deadline-explained = يجب على السجل أن يردَّ خلال شهر واحد. وعند الحاجة يمكن تمديد المهلة مرة واحدة بشهرين كحدٍّ أقصى؛ وعندئذٍ تُبلَّغ بالسبب.
request-send = إرسال الطلب
request-already-open = لديك بالفعل طلب مفتوح من هذا النوع لهذا السجل.
request-see = عرض الطلب { $reference }
request-opt-out-registered = أنت مسجَّل هنا بالفعل. إذا كنت لا تريد المشاركة، فاطلب الحذف وإلغاء التسجيل بدلًا من ذلك.
request-already-opted-out = لقد أُلغي تسجيلك من هذا السجل.

form-errors-title = يلزم تصحيح شيء ما في النموذج
form-optional = (اختياري)
form-record = بأي قيد يتعلق الأمر؟
form-record-missing = شيء ما غير موجود أصلًا
form-field = بأي معلومة يتعلق الأمر؟
form-field-hint = مثلًا «عدد الأجنة المنقولة». اتركه فارغًا إذا كان الأمر يتعلق بالقيد كله.
form-problem = ما الخطأ أو النقص؟
form-problem-hint = صِف ذلك بكلماتك، 10 أحرف على الأقل.
form-proposed = ماذا ينبغي أن يكون مكتوبًا؟
form-ground = لماذا تريد تقييد المعالجة؟
form-explanation = أخبرنا بالمزيد
form-confirm-required = ضع علامة في المربع لتأكيد طلبك.
form-problem-required = صِف ما هو خاطئ أو ناقص.
form-problem-too-short = صِف الأمر بتفصيل أكثر قليلًا، 10 أحرف على الأقل.
form-control-characters = يحتوي النص على أحرف تحكم غير مرئية لا يمكن حفظها. احذفها وحاول مرة أخرى.
form-too-long = النص طويل جدًا، الحد الأقصى 2000 حرف.
form-too-long-short = النص طويل جدًا، الحد الأقصى 300 حرف.
form-ground-required = اختر أحد الأسباب.
form-kind-unknown = لا يُقدَّم هذا النوع من الطلبات هنا.
ground-accuracy = أرى أن البيانات غير صحيحة، وأريد ألا تُستخدم ريثما يتم التحقق من ذلك.
ground-unlawful = المعالجة غير قانونية، لكنني أريد أن تُحفَظ البيانات بدلًا من حذفها.
ground-legal_claims = أحتاج إلى البيانات لكي أتمكن من التمسك بمطالبة قانونية.
ground-objection = لقد اعترضت على المعالجة، وأريد تقييدها ريثما يُنظَر في اعتراضي.

my-requests-title = طلباتي
my-requests-lead = ترى هنا جميع طلباتك، والمرحلة التي وصل إليها كل منها، والموعد الأقصى لرد السجل.
my-requests-none = ليست لديك أي طلبات.
status-received = مُستلَم
status-in_progress = قيد النظر
status-extended = قيد النظر، مُدِّدت المهلة
status-completed = مكتمل
status-rejected = مرفوض
clock-days-left = يجب إنجازه في موعد أقصاه { $due } ({ $days ->
    [zero] لم يبقَ أي يوم
    [one] بقي يوم واحد
    [two] بقي يومان
    [few] بقيت { $days } أيام
    [many] بقي { $days } يومًا
   *[other] بقي { $days } يوم
})
clock-overdue = كان يجب إنجازه في { $due } ({ $days ->
    [zero] دون تأخير
    [one] متأخر بيوم واحد
    [two] متأخر بيومين
    [few] متأخر بـ { $days } أيام
    [many] متأخر بـ { $days } يومًا
   *[other] متأخر بـ { $days } يوم
})
clock-decided = تم البتّ فيه في { $on }
clock-extended = مُدِّدت المهلة: { $reason }
receipt-lead = تم استلام طلبك. احتفظ بالرقم المرجعي إذا أردت التواصل مع السجل.
receipt-reference = الرقم المرجعي
receipt-register = السجل
receipt-received = تم الاستلام
receipt-due = الموعد الأقصى للإنجاز
receipt-timeline = الأحداث
receipt-decision = القرار: { $reason }
receipt-complain = إذا لم تكن راضيًا عن القرار، يمكنك تقديم شكوى إلى
request-details = طلبك
request-details-erased = حُذف ما كتبته مع بياناتك في السجل.

queue-title = قائمة الطلبات
queue-open-link = إلى قائمة الطلبات
queue-empty = لا توجد طلبات مطابقة.
queue-due = الموعد الأقصى للإنجاز
queue-reference = الرقم المرجعي
queue-register = السجل
queue-kind = الطلب
queue-status = الحالة
queue-received = تاريخ الاستلام
queue-all = الكل
queue-open = جميع الطلبات المفتوحة
queue-filter = عرض
queue-next = الصفحة التالية
queue-overdue = { $days ->
    [zero] دون تأخير
    [one] متأخر بيوم واحد
    [two] متأخر بيومين
    [few] متأخر بـ { $days } أيام
    [many] متأخر بـ { $days } يومًا
   *[other] متأخر بـ { $days } يوم
}
queue-nearly-due = { $days ->
    [0] يستحق اليوم
    [zero] يستحق اليوم
    [one] بقي يوم واحد
    [two] بقي يومان
    [few] بقيت { $days } أيام
    [many] بقي { $days } يومًا
   *[other] بقي { $days } يوم
}
case-patient = المريض
case-data = { $count ->
    [zero] بيانات المريض في السجل: لا توجد قيود
    [one] بيانات المريض في السجل: قيد واحد
    [two] بيانات المريض في السجل: قيدان
    [few] بيانات المريض في السجل: { $count } قيود
    [many] بيانات المريض في السجل: { $count } قيدًا
   *[other] بيانات المريض في السجل: { $count } قيد
}
case-data-logged = يُسجَّل اطِّلاعك على هذه البيانات في سجل الاطلاع الخاص بالمريض، مع الرقم المرجعي للطلب بوصفه السبب.
status-restriction_lifted = رُفع التقييد
case-actions = النظر في الطلب
case-take = تولِّي الطلب
case-take-lead = تولَّ الطلب ليرى المريض أنه قيد النظر.
case-complete = إنهاء
case-complete-correction-lead = اختر الحقل الذي يجب تصحيحه واكتب القيمة الجديدة. تُحفَظ النسخة القديمة في تاريخ تعديلات القيد، ويرى المريض أن المعلومة قد صُحِّحت. إذا كان التصحيح يخص نظام السجل نفسه، فلا تختر أي حقل واكتب ما تم فعله.
case-complete-correction-button = تصحيح وإنهاء
case-complete-restriction-lead = يصبح التسجيل مقيَّدًا: تُحفَظ البيانات لكنها لا تُستخدم في الإحصاءات أو عمليات الاستخراج أو الإفصاح إلى أن يُرفَع التقييد.
case-complete-restriction-button = تقييد وإنهاء
case-complete-erasure-lead = تُحذَف جميع قيود المريض وتسجيله في السجل، ويُوضَع حظر حتى لا يُسجَّل الشخص مرة أخرى. لا يمكن التراجع عن ذلك. لا يحتفظ الطلب إلا بما يُثبت أن الحذف قد تم.
case-complete-erasure-button = حذف وإنهاء
case-complete-opt_out-lead = يُوضَع حظر حتى لا يُسجَّل الشخص في السجل. لا يحتوي الحظر على أي بيانات صحية.
case-complete-opt_out-button = وضع الحظر وإنهاء
case-complete-access_inquiry-lead = أجب المريض عن سبب قراءة البيانات.
case-complete-access_inquiry-button = رد وإنهاء
case-confirm-erasure-label = لقد تحققت من أن الشخص والسجل صحيحان، وأن البيانات يجب أن تُحذَف.
case-target = الحقل المراد تصحيحه
case-target-none = لا يوجد حقل هنا (صُحِّح في نظام السجل)
case-value = القيمة الجديدة
case-value-hint = تُكتب التواريخ بالصيغة YYYY-MM-DD، ونعم/لا بكتابة yes أو no، والأعداد العشرية بفاصلة أو نقطة، والرموز برمزها.
case-note = رسالة إلى المريض
case-note-hint = تظهر في طلب المريض. لا تكتب أي بيانات صحية غير ضرورية.
case-extend = تمديد المهلة
case-extend-lead = يمكن تمديد المهلة مرة واحدة، بشهرين كحدٍّ أقصى، إذا كان الطلب معقَّدًا أو كانت الطلبات كثيرة. يرى المريض السبب.
case-months = التمديد بمدة
case-months-option = { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
}
case-extension-reason = سبب التمديد
case-extend-button = تمديد
case-reject = رفض
case-reject-lead = يرى المريض السبب وكيفية تقديم شكوى إلى هيئة حماية الخصوصية السويدية – Integritetsskyddsmyndigheten (IMY).
case-rejection-reason = سبب الرفض
case-reject-button = رفض الطلب
case-lift = رفع التقييد
case-lift-lead = يصبح التسجيل نشطًا مرة أخرى، وتُستخدم البيانات كالمعتاد. يرى المريض السبب.
case-lift-reason = سبب رفع التقييد
case-lift-button = رفع التقييد
case-months-required = اختر شهرًا واحدًا أو شهرين.
case-reason-required = اكتب سببًا.
case-target-unknown = اختر أحد حقول المريض من القائمة.
case-value-required = اكتب القيمة الجديدة.
case-note-required = اختر حقلًا لتصحيحه، أو اكتب ما تم فعله.
case-value-integer = اكتب عددًا صحيحًا.
case-value-decimal = اكتب عددًا، مثل 2.5.
case-value-date = اكتب تاريخًا بالصيغة YYYY-MM-DD.
case-value-boolean = اكتب yes أو no.
case-value-code = اكتب أحد رموز الحقل، كما وردت في وصف محتوى السجل.
case-already-extended = سبق تمديد المهلة مرة واحدة.
case-not-registered = لم يعد المريض مسجَّلًا في السجل.
case-registered = المريض مسجَّل في السجل: الحظر لا ينطبق إلا قبل التسجيل. ارفض الطلب، أو اطلب من المريض أن يطلب الحذف.
case-confirm-erasure = أكِّد أن البيانات يجب أن تُحذَف.
case-closed = تم البتّ في الطلب بالفعل.

mail-greeting = مرحبًا،
mail-received-subject = لقد استلمنا طلبك
mail-received-line = تم استلام طلبك ذي الرقم المرجعي { $reference }.
mail-in_progress-subject = طلبك قيد النظر
mail-in_progress-line = طلبك ذو الرقم المرجعي { $reference } قيد النظر الآن.
mail-extended-subject = مُدِّدت مهلة الرد على طلبك
mail-extended-line = مدَّد السجل مهلة الرد على طلبك ذي الرقم المرجعي { $reference }. السبب مذكور في الطلب.
mail-completed-subject = اكتمل طلبك
mail-completed-line = اكتمل طلبك ذو الرقم المرجعي { $reference }.
mail-rejected-subject = رُفض طلبك
mail-rejected-line = رُفض طلبك ذو الرقم المرجعي { $reference }. السبب، وكيفية تقديم شكوى، مذكوران في الطلب.
mail-restriction_lifted-subject = تم تحديث أحد طلباتك
mail-restriction_lifted-line = تم تحديث طلبك ذي الرقم المرجعي { $reference }.
mail-see-portal = سجِّل الدخول إلى insyn لعرض الطلب: { $link }
mail-no-reply = لا يمكن الرد على هذه الرسالة. لأسباب أمنية، لا تتضمن رسائل البريد الإلكتروني أي معلومات عن صحتك.
mail-confirm-subject = أكِّد عنوان بريدك الإلكتروني لخدمة insyn
mail-confirm-line = لقد أدخلت هذا العنوان لتلقي الإشعارات من insyn. أكِّده بفتح الرابط، وهو صالح لمدة 24 ساعة: { $link }
mail-confirm-ignore = إذا لم تكن أنت من أدخل هذا العنوان، يمكنك تجاهل هذه الرسالة.
mail-staff-new-subject = طلب جديد في قائمة { $register }
mail-staff-new-line = وصل طلب جديد إلى قائمة { $register }: { $link }
mail-staff-digest-subject = { $count ->
    [zero] لا توجد طلبات في { $register } يجب إنجازها خلال أسبوع
    [one] طلب واحد في { $register } يجب إنجازه خلال أسبوع
    [two] طلبان في { $register } يجب إنجازهما خلال أسبوع
    [few] { $count } طلبات في { $register } يجب إنجازها خلال أسبوع
    [many] { $count } طلبًا في { $register } يجب إنجازها خلال أسبوع
   *[other] { $count } طلب في { $register } يجب إنجازها خلال أسبوع
}
mail-staff-digest-line = { $count ->
    [zero] لا توجد طلبات مفتوحة في { $register } يجب إنجازها خلال 7 أيام أو متأخرة: { $link }
    [one] طلب مفتوح واحد في { $register } يجب إنجازه خلال 7 أيام أو أنه متأخر: { $link }
    [two] طلبان مفتوحان في { $register } يجب إنجازهما خلال 7 أيام أو أنهما متأخران: { $link }
    [few] { $count } طلبات مفتوحة في { $register } يجب إنجازها خلال 7 أيام أو أنها متأخرة: { $link }
    [many] { $count } طلبًا مفتوحًا في { $register } يجب إنجازها خلال 7 أيام أو أنها متأخرة: { $link }
   *[other] { $count } طلب مفتوح في { $register } يجب إنجازها خلال 7 أيام أو أنها متأخرة: { $link }
}

notices-title = البريد الإلكتروني بشأن طلباتك
notices-none = هل تريد أن تتلقى رسالة بريد إلكتروني عندما يحدث شيء في طلباتك؟ أدخل عنوانك. لا تذكر الرسائل إلا أن شيئًا ما قد حدث، ولا تذكر أبدًا موضوع الطلب.
notices-unconfirmed = أرسلنا رابطًا إلى { $email }. افتحه لتبدأ في تلقي الرسائل.
notices-confirmed = تصلك رسائل على { $email } عندما يحدث شيء في طلباتك.
notices-email = عنوان البريد الإلكتروني
notices-hint = مثلًا namn@exempel.se.
notices-save = حفظ العنوان
notices-remove = إزالة العنوان
notices-saved = تم حفظ العنوان. افتح الرابط في الرسالة التي أرسلناها لتأكيده.
notices-removed = تمت إزالة العنوان. لن تصلك رسائل أخرى.
notices-confirmed-now = تم تأكيد العنوان.
notices-link-invalid = لم يعد الرابط صالحًا. احفظ العنوان مرة أخرى لتحصل على رابط جديد.
notices-email-invalid = اكتب عنوان بريد إلكتروني، مثلًا namn@exempel.se.
notices-already-sent = لقد أرسلنا بالفعل رابطًا إلى هذا العنوان. وهو صالح لمدة 24 ساعة: ابحث في صندوق الوارد، وفي مجلد الرسائل غير المرغوب فيها.
notices-unchanged = هذا هو عنوانك المؤكَّد بالفعل. لم يتغيَّر شيء.
notices-email-too-many = أرسلنا اليوم عددًا كبيرًا جدًا من رسائل التأكيد. حاول مرة أخرى غدًا.

## The access log
me-see-log = من اطَّلع على بياناتي؟
log-title = من اطَّلع على بياناتي
log-lead = ترى هنا متى قامت وحدات الرعاية وموظفو السجل بقراءة بياناتك في سجلات الجودة أو الإفصاح عنها أو تصحيحها – الأحدث أولًا. لا يمكن تغيير سجل الاطلاع لاحقًا.
log-tabs-label = مَن قام بالاطلاع
log-tab-others = الرعاية الصحية والسجلات
log-tab-own = عمليات العرض والتنزيل التي قمت بها
log-register = السجل
log-care-unit = وحدة الرعاية
log-all = الكل
log-from = من تاريخ
log-to = حتى تاريخ
log-filter = عرض
log-clear = عرض الكل
log-download-csv = تنزيل سجل الاطلاع (CSV)
log-download-json = تنزيل سجل الاطلاع (JSON)
log-empty = لا توجد عمليات اطِّلاع هنا حتى الآن.
log-empty-filtered = لا توجد عمليات اطِّلاع تطابق اختيارك.
log-when = متى
log-who = مَن
log-kind = نوع الاطلاع
log-reason = السبب المذكور
log-no-reason = لم يُذكر سبب
log-next = عمليات اطِّلاع أقدم
log-who-staff = موظفو { $register }
log-who-you = أنت نفسك
log-who-unknown-unit = وحدة رعاية غير معروفة
log-kinds-heading = ماذا تعني أنواع الاطلاع المختلفة؟
log-kind-read = قراءة
log-kind-read-help = قرأ أحدهم بياناتك، مثلًا قبل علاج، أو لمتابعة الرعاية، أو للنظر في طلب أرسلته.
log-kind-export = استخراج
log-kind-export-help = أُخرجت بياناتك من السجل، مثلًا في صورة مستخرج أو نسخة – وكذلك عندما نزَّلتها بنفسك.
log-kind-correction = تصحيح
log-kind-correction-help = تغيَّرت معلومة عنك. تبقى المعلومة القديمة في السجل وتظهر في المستخرج الخاص بك.
log-kind-disclosure_research = إفصاح لأغراض البحث
log-kind-disclosure_research-help = أُفصح عن بيانات لمشروع بحثي حاصل على موافقة المراجعة الأخلاقية.
log-kind-disclosure_statistics = إفصاح لأغراض الإحصاء
log-kind-disclosure_statistics-help = أُفصح عن بيانات لإعداد إحصاءات، مثلًا عن نتائج الرعاية الصحية.
log-kept = يُحفَظ سجل الاطلاع خمس سنوات على الأقل، حتى لو حُذفت بياناتك من السجل (HSLF-FS 2016:40).
log-ask-why = اسأل عن السبب
inquiry-lead = هل تتساءل لماذا اطَّلع أحدهم على بياناتك؟ اكتب سؤالك، وسيجيبك موظفو السجل. تُرسَل عملية الاطلاع المبيَّنة أدناه مع السؤال.
inquiry-question = سؤالك
inquiry-question-hint = مثلًا: لم أتواصل قط مع هذه العيادة – لماذا قرأوا بياناتي؟
inquiry-send = إرسال السؤال
inquiry-consequence = يصل السؤال إلى موظفي السجل، فيتحقَّقون من سبب قراءة البيانات ويجيبونك. يُحفَظ السؤال والجواب في طلبك.
inquiry-already-open = لقد سألت بالفعل عن عملية الاطلاع هذه، والسؤال لا يزال مفتوحًا. يمكنك متابعته هنا:
inquiry-entry = عملية الاطلاع
form-question-required = اكتب سؤالك.
form-question-short = اكتب المزيد قليلًا، 10 أحرف على الأقل، حتى يفهم الموظفون ما تسأل عنه.
case-answer-required = اكتب الرد على المريض.

# Refusals and failures of the plain forms and downloads (server/src/http/error.rs)
web-patient-only = هذا مخصَّص للمريض نفسه فقط.
web-staff-only = هذا مخصَّص لموظفي السجل فقط.
web-not-found = لا يوجد شيء هنا بهذا الاسم.
web-no-such-request = لا يوجد طلب كهذا.
web-no-data-in-register = لا توجد بيانات عنك في ذلك السجل.
web-case-decided = تم البتّ في الطلب بالفعل، أو غيَّره شخص آخر للتو. أعد تحميل الطلب.
web-unknown-action = إجراء غير معروف.
web-unknown-language = لغة غير معروفة.
web-form-too-large = النموذج كبير جدًا.
web-form-token = تعذَّر التحقق من النموذج. أعد تحميل الصفحة وحاول مرة أخرى.
web-cross-site = جاء الطلب من موقع إلكتروني آخر ولم يُنفَّذ.
web-too-many-sign-ins = محاولات تسجيل دخول كثيرة جدًا. انتظر قليلًا وحاول مرة أخرى.
web-request-not-saved = تعذَّر حفظ الطلب الآن. لم يُرسَل شيء. حاول مرة أخرى.
web-action-not-saved = تعذَّر حفظ الإجراء الآن. لم يتغيَّر شيء. حاول مرة أخرى.
web-address-not-saved = تعذَّر حفظ العنوان الآن. حاول مرة أخرى.
web-sign-out-failed = تعذَّر تسجيل الخروج الآن. حاول مرة أخرى.
web-copy-unavailable = لا يمكن إنشاء النسخة الآن. حاول مرة أخرى بعد قليل.
web-document-unavailable = لا يمكن إنشاء المستند الآن. حاول مرة أخرى بعد قليل.
web-extract-unavailable = لا يمكن إنشاء مستخرج السجل الآن. حاول مرة أخرى بعد قليل.

# The history of one record (pages/record_history.rs)
data-see-history = عرض التغييرات
history-title = التغييرات على { $record }
history-about = يخص هذا القيد تاريخ { $date }، وقد أُبلغ عنه من { $unit }.
history-lead = هذه كل نسخة حفظها السجل، الأحدث أولًا. لا يحلُّ أي تصحيح محلَّ معلومة دون أن يظهر ذلك هنا.
history-version = النسخة { $version }
history-by-staff = غيَّره موظفو السجل.
history-by-register = أبلغ عنه السجل.
history-request = أُجري التغيير بناءً على الطلب
history-reason = السبب:

# A yes-or-no value of a record's field (server/src/content.rs)
value-yes = نعم
value-no = لا

# Beside the language switch, in languages not yet reviewed (components/layout.rs)
lang-machine-note = هذه الترجمة مُنجَزة بمساعدة آلية، ولم يراجعها بعدُ شخص لغته الأم هي العربية.

# Said where the text is in another language than the page (pages/my_register.rs, pages/requests.rs)
content-language-note = تُعرض مصطلحات السجل نفسه (أنواع السجلات والحقول) باللغة الإنجليزية، لأن السجل لم يترجمها.

## Acting for someone else (guardians, proxies, legal representatives)
nav-proxies = الوكلاء
nav-representatives = الممثلون القانونيون
acting-title = نيابةً عن مَن تقوم بهذا؟
acting-lead = يمكنك استخدام insyn لنفسك أو نيابةً عن شخص تمثّله: طفلك، أو شخص منحك توكيلًا، أو شخص أنت ممثله القانوني (god man أو förvaltare). يمكنك التبديل في أي وقت.
acting-legend = أريد استخدام insyn من أجل
acting-myself = نفسي ({ $name })
acting-as-guardian = { $name } (أنت ولي أمره)
acting-as-proxy = { $name } (أنت وكيله)
acting-as-representative = { $name } (أنت ممثله القانوني)
acting-offer-title = يمكنك أيضًا استخدام insyn من أجل
acting-continue = متابعة
acting-manage-link = الوكلاء والممثلون
acting-scope = { $what } · { $registers } · حتى { $until } ضمنًا
acting-scope-read = يُسمح بالقراءة
acting-scope-file = يُسمح بالقراءة وتقديم الطلبات
acting-scope-all-registers = جميع السجلات
acting-banner-label = مَن تمثّل
acting-banner-guardian = أنت تمثّل طفلك { $name } بصفتك ولي أمره.
acting-banner-proxy = أنت تمثّل { $name } بصفتك وكيلًا عنه.
acting-banner-representative = أنت تمثّل { $name } بصفتك ممثلًا قانونيًا له (god man أو förvaltare).
acting-back-to-self = العودة إلى استخدام insyn لنفسك
acting-change = تغيير الشخص
proxies-title = الوكلاء والممثلون
proxies-lead = ترى هنا مَن يمكنه استخدام insyn نيابةً عنك وما يُسمح له بفعله. يمكنك أن توكّل شخصًا ليكون وكيلك، وأن تلغي التوكيل في أي وقت.
proxies-granted = تم منح التوكيل. يمكن لوكيلك استخدامه في المرة القادمة التي يسجّل فيها الدخول.
proxies-revoked = تم إلغاء التوكيل. لم يعد ساريًا، ولا حتى لمن سجّل الدخول الآن.
proxies-choose-link = اختر مَن تمثّل
proxies-for-me-title = مَن يمكنهم استخدام insyn نيابةً عنك
proxies-for-me-none = لا أحد يمكنه استخدام insyn نيابةً عنك.
proxies-kind-guardian = { $name }، ولي الأمر (vårdnadshavare)
proxies-kind-proxy = { $name }، وكيل
proxies-kind-representative = { $name }، ممثل قانوني (god man أو förvaltare)
proxies-decision = القرار: { $reference }
proxies-revoke = إلغاء التوكيل
proxies-grant-title = منح توكيل لشخص ما
proxies-grant-lead = يسجّل وكيلك الدخول بهويته الإلكترونية الخاصة. ولا يمكن للوكيل بدوره أن يمنح توكيلًا لشخص آخر.
proxies-personnummer = الرقم الشخصي للوكيل (personnummer)
proxies-personnummer-hint = 12 رقمًا، مثلًا 19621008-9899.
proxies-scope = ماذا يُسمح للوكيل أن يفعل؟
proxies-reach = في أي السجلات؟
proxies-reach-some = السجلات التي أضع عليها علامة فقط
proxies-until = ساري المفعول حتى (ضمنًا)
proxies-until-hint = سنتان كحدٍّ أقصى، وآخر موعد ممكن هو { $max }.
proxies-grant = منح التوكيل
proxies-error-personnummer = اكتب رقمًا شخصيًا صالحًا (personnummer) من 12 رقمًا.
proxies-error-registers = ضع علامة على سجل واحد على الأقل، أو اختر جميع السجلات.
proxies-error-until = اختر تاريخ انتهاء يبدأ من اليوم ولا يتجاوز سنتين من الآن.
proxies-error-themselves = لا يمكنك منح توكيل لنفسك.
proxies-error-protected = لا يمكن منح توكيلات في insyn بالنسبة إليك. تواصل مع السجل مباشرة.
representatives-title = تسجيل ممثل قانوني (god man أو förvaltare)
representatives-lead = سجّل ممثلًا قانونيًا وفق قرار صادر عن المحكمة الابتدائية (tingsrätten) أو هيئة الوصاية (överförmyndarnämnden). يرى الشخص المُمثَّل ذلك في صفحته في insyn.
representatives-entered = تم تسجيل الممثل القانوني.
representatives-represented = الرقم الشخصي للشخص المُمثَّل (personnummer)
representatives-representative = الرقم الشخصي للممثل القانوني (personnummer)
representatives-reference = رقم قيد القرار (diarienummer)
representatives-reference-hint = مثلًا ÖFN 2025-0123.
representatives-registers = في أيٍّ من سجلاتك؟
representatives-from = ساري المفعول من
representatives-until = ساري المفعول حتى (ضمنًا)
representatives-submit = تسجيل الممثل القانوني
representatives-error-reference = اكتب رقم قيد القرار.
representatives-error-registers = ضع علامة على سجل واحد على الأقل من سجلاتك.
representatives-error-date = اكتب تاريخًا.
representatives-error-themselves = لا يمكن أن يكون الممثل القانوني هو نفسه الشخص المُمثَّل.
representatives-error-period = لا يمكن أن يكون تاريخ الانتهاء قبل تاريخ البدء.
log-who-guardian = ولي أمرك { $name }
log-who-proxy = وكيلك { $name }
log-who-representative = ممثلك القانوني { $name }
receipt-filed-by = مقدِّم الطلب
request-filed-by-guardian = { $name }، بصفته ولي الأمر
request-filed-by-proxy = { $name }، بصفته وكيلًا
request-filed-by-representative = { $name }، بصفته ممثلًا قانونيًا
mail-for-someone-else = يتعلق الطلب بشخص تمثّله في insyn.
signin-too-young-title = يمكن لولي أمرك مساعدتك
signin-too-young-body = لا يمكن للأطفال تسجيل الدخول إلى insyn بأنفسهم قبل أن يبلغوا السن الكافية. يمكن لولي أمرك الاطلاع على بياناتك وتقديم طلبات نيابةً عنك.
web-acting-not-allowed = لا يمكنك القيام بهذا نيابةً عن الشخص الذي تمثّله.
web-acting-not-saved = تعذَّر الحفظ الآن. حاول مرة أخرى بعد قليل.
web-not-your-register = أنت لا تعمل في هذا السجل.
nav-my-releases = حالات الإفصاح
nav-staff-releases = حالات الإفصاح
my-releases-title = أين أُفصح عن بياناتك
my-releases-lead = تُفصح السجلات أحيانًا عن بيانات لأغراض البحث والإحصاء، بعد تقييم للسرية، وفي حالة البحث بموافقة من هيئة المراجعة الأخلاقية السويدية – Etikprövningsmyndigheten. ترى هنا كل حالة إفصاح تضمَّنت بياناتك، ويمكنك أن ترفض الإفصاح عن بياناتك لأغراض البحث والإحصاء.
my-releases-list-heading = حالات الإفصاح التي تضمَّنت بياناتك
my-releases-none = لم يُفصَح عن أي بيانات عنك لأغراض البحث أو الإحصاء عن طريق insyn.
my-releases-included = تضمَّن الإفصاح بياناتك.
my-releases-included-before-opt-out = تضمَّن الإفصاح بياناتك، لأن قرار الإفصاح اتُّخذ قبل أن تعلن رفضك في { $on }.
my-releases-left-out = لم يتضمَّن الإفصاح بياناتك. كان رفضك للبحث والإحصاء ساريًا عندما اتُّخذ قرار الإفصاح.
opt-outs-heading = حالات رفضك
opt-outs-research-explained = يمكنك أن ترفض الإفصاح عن بياناتك لأغراض البحث والإحصاء مع بقائك في السجل، لكي تتمكن الرعاية الصحية من متابعة جودتها وتحسينها. لا تحتاج إلى ذكر أي سبب، ويمكنك أن تغيِّر رأيك في أي وقت.
opt-outs-none = لم ترفض أي شيء.
opt-outs-every-register = جميع السجلات
opt-outs-since = منذ { $on }، { $how }.
opt-outs-withdraw = سحب رفضي
opt-outs-research-scope = في أي سجل ترفض البحث والإحصاء؟
opt-outs-research-effect = يسري رفضك على حالات الإفصاح التي يُتَّخذ قرارها من الآن فصاعدًا. لا يمكن استرجاع البيانات التي سبق الإفصاح عنها.
opt-outs-research-give = رفض البحث والإحصاء
opt-out-given = تم تسجيل رفضك. وهو يسري على حالات الإفصاح التي يُتَّخذ قرارها من الآن فصاعدًا.
opt-out-withdrawn = تم سحب رفضك.
opt-out-kind-registration = رفض التسجيل
opt-out-kind-research = رفض البحث والإحصاء
opt-out-channel-insyn = في insyn
opt-out-channel-request = عن طريق طلب في insyn
opt-out-channel-verbal = شفهيًا في العيادة
opt-out-channel-paper = على الاستمارة الورقية
release-recipient = الجهة المتلقية
release-recipient-contact = بيانات التواصل مع الجهة المتلقية
release-purpose = الغرض
release-purpose-research = البحث
release-purpose-statistics = الإحصاء
release-purpose-quality_development = تطوير الجودة
release-purpose-legal_duty = إلى جهة حكومية أخرى بموجب القانون
release-ethics-approval = موافقة المراجعة الأخلاقية
release-ethics-approval-hint = رقم القيد لدى هيئة المراجعة الأخلاقية السويدية – Etikprövningsmyndigheten. مطلوب في حالة البحث.
release-legal-basis = الأساس القانوني
release-form = الشكل
release-form-identifiable = مع الأرقام الشخصية
release-form-pseudonymised = بأسماء مستعارة (دون أسماء وأرقام شخصية)
release-form-aggregate = أعداد فقط
release-data = أي بيانات
release-data-hint = ضع علامة على أنواع القيود في السجل المختار التي يُفصَح عنها.
release-fields = أي حقول
release-decided = تاريخ القرار
release-decided-time = وقت القرار
release-decided-time-hint = بالتوقيت السويدي، مثلًا 10:30. تسري حالات الرفض المسجَّلة قبل القرار.
release-delivered = تاريخ التسليم
release-optional = اختياري.
release-diary-number = رقم القيد (diarienummer)
release-fewer-than = أقل من { $count }
release-register = السجل
release-cohort = الأشخاص (الأرقام الشخصية)
release-cohort-hint = رقم شخصي واحد في كل سطر، أو ملف أدناه. يستبعد insyn من المجموعة المختارة كل من رفض البحث والإحصاء.
release-cohort-file = أو ملف بالأرقام الشخصية (نص أو CSV)
release-cohort-lines = في الأسطر: { $lines }.
release-submit = تسجيل الإفصاح
release-new-title = تسجيل إفصاح
release-new-lead = سجِّل إفصاحًا تقرَّر عن بيانات السجل. يستبعد insyn من كانوا قد رفضوا عند اتخاذ قرار الإفصاح، ويعطيك المجموعة التي يجوز الإفصاح عن بياناتها. يرى كل شخص مشمول بإفصاح يتضمَّن بيانات شخصية ذلك في سجل الاطلاع الخاص به.
release-error-diary_number = اكتب رقم القيد.
release-error-decided_at = اكتب يوم القرار (والوقت بالصيغة HH:MM).
release-error-recipient = اكتب الجهة المتلقية.
release-error-recipient_contact = اكتب بيانات التواصل مع الجهة المتلقية.
release-error-legal_basis = اكتب الأساس القانوني.
release-error-fields = اكتب الحقول التي يُفصَح عنها.
release-error-delivered_on = اكتب يوم التسليم بالصيغة YYYY-MM-DD، أو اتركه فارغًا.
release-error-ethics_approval = يتطلب الإفصاح لأغراض البحث رقم القيد الخاص بموافقة المراجعة الأخلاقية.
release-error-record_types = اختر نوعًا واحدًا على الأقل من أنواع القيود في السجل المختار.
release-error-cohort-empty = اكتب رقمًا شخصيًا واحدًا على الأقل.
release-error-cohort-large = لا يجوز أن تضم المجموعة المختارة أكثر من 200 ألف شخص.
release-error-cohort-malformed = تعذَّرت قراءة أحد الأرقام الشخصية.
release-error-cohort-twice = أحد الأرقام الشخصية مكرَّر.
release-error-cohort-unknown = أحد الأشخاص غير مسجَّل في السجل.
release-error-diary-taken = يوجد إفصاح آخر مسجَّل بالفعل برقم القيد هذا.
staff-releases-title = حالات الإفصاح
staff-releases-lead = حالات الإفصاح عن بيانات من سجلاتك. تظهر كل حالة إفصاح في القائمة العامة لحالات الإفصاح، دون بيانات شخصية.
staff-releases-new = تسجيل إفصاح
staff-release-resolved = عدد الأشخاص في المجموعة المختارة: { $submitted }، يجوز الإفصاح عن بيانات { $delivered } منهم، واستُبعد { $left_out } (رفض البحث والإحصاء، أو تقييد المعالجة).
staff-release-download = تنزيل المجموعة التي يجوز الإفصاح عن بياناتها (CSV)
staff-release-fingerprint = البصمة الرقمية لحالات الرفض المطبَّقة
staff-release-recorded = تاريخ التسجيل
staff-release-by-system = بواسطة نظام السجل
public-releases-title = حالات الإفصاح من { $register }
public-releases-lead = جميع حالات الإفصاح عن بيانات السجل لأغراض البحث والإحصاء وأغراض أخرى، دون بيانات شخصية. لا تُعرض الأعداد الصغيرة، حتى لا يمكن التعرُّف على أي شخص.
public-releases-heading = حالات الإفصاح
public-releases-none = لا توجد حالات إفصاح مسجَّلة.
public-releases-cohort = عدد الأشخاص: { $count }
public-releases-counted = العدد: { $count }
public-releases-left-out = المستبعَدون بسبب الرفض: { $count }
handling-heading = كيف يتعامل السجل مع الطلبات
handling-lead = طلبات التصحيح والتقييد والحذف والرفض، والأسئلة عن سجل الاطلاع، حسب الشهر الذي وصلت فيه. تُحسب المدة بالأيام من وصول الطلب حتى اتخاذ القرار.
handling-none = لم تصل أي طلبات.
handling-month = الشهر
handling-received = الواردة
handling-completed = المنجَزة
handling-rejected = المرفوضة
handling-median = الوسيط، بالأيام
handling-p90 = المئين التسعون، بالأيام
handling-extended = المُمدَّدة
register-releases-heading = حالات الإفصاح
register-releases-body = يُفصح السجل عن بيانات لأغراض البحث والإحصاء بعد تقييم للسرية. ويُعلَن عن كل حالة إفصاح علنًا.
register-releases-link = اطَّلع على حالات الإفصاح من السجل وعلى طريقة تعامله مع الطلبات
recipients-heading = الجهات المتلقية التي يجب إبلاغها
recipients-lead = سبق الإفصاح عن البيانات لهذه الجهات المتلقية. يُبلغ السجل كلًّا منها بالتغيير (المادة 19 من اللائحة العامة لحماية البيانات).
recipients-not-told = لم تُبلَّغ بعد
recipients-told-on = أُبلغت في { $on }
recipients-told = أُبلغت
recipients-mark-told = وضع علامة «أُبلغت»
status-recipient_told = أُبلغت الجهة المتلقية
mail-recipient_told-subject = تم تحديث أحد طلباتك
mail-recipient_told-line = تم تحديث طلبك ذي الرقم المرجعي { $reference }.
form-file-not-text = تعذَّرت قراءة الملف كنص. احفظه بصيغة نص أو CSV وحاول مرة أخرى.
release-error-decided-future = لا يمكن تسجيل إفصاح قبل أن يُتَّخذ قراره: أدخل قرارًا اتُّخذ بالفعل.
receipt-handled-by = الجهة المسؤولة عن المعالجة
receipt-handled-by-register = { $register } (منسقو السجل)

## Opt-outs told at the clinic, staff administration and log follow-up.
log-kind-opt_out = تسجيل رفض
log-kind-opt_out-help = سجَّل موظفو إحدى العيادات رفضك نيابةً عنك، مثلًا عندما أخبرتهم به أثناء زيارة. لم تُقرأ أي بيانات عنك.
pdf-kind-opt_out = تسجيل رفض
me-told-at-clinic = { $kind }: سُجِّل في { $clinic } بتاريخ { $on }.
nav-clinic-opt-outs = حالات الرفض في العيادة
nav-log-review = مراجعة سجل الاطلاع
web-admin-only = هذا مخصَّص لمسؤولي المنصة فقط.
clinic-opt-out-title = تسجيل رفض
clinic-opt-out-lead = عندما يُبلغ مريضٌ العيادةَ بأنه لا يريد المشاركة، سجِّل ذلك هنا نيابةً عنه. يسري الرفض من الآن فصاعدًا: لا يقبل السجل أي بيانات عن هذا الشخص. يُستحسن أن تطبع الاستمارة المعبَّأة ليوقِّعها المريض.
clinic-opt-out-personnummer = الرقم الشخصي للمريض (personnummer)
clinic-opt-out-personnummer-hint = 12 رقمًا، مثلًا 19121212-1212.
clinic-opt-out-register = السجل
clinic-opt-out-kind = ما الذي يرفضه المريض
clinic-opt-out-kind-registration = التسجيل من الأساس
clinic-opt-out-kind-research = الإفصاح عن بياناته لأغراض البحث والإحصاء
clinic-opt-out-channel = كيف أبلغ المريض برفضه
clinic-opt-out-paper-reference = مرجع الاستمارة
clinic-opt-out-paper-reference-hint = إذا سلَّم المريض استمارة: رقمها أو رقم قيدها (diarienummer). وإلا فاتركه فارغًا.
clinic-opt-out-identity = كيف تحقَّقت من هوية المريض
clinic-opt-out-unit = العيادة
clinic-opt-out-submit = تسجيل الرفض
clinic-opt-out-registered = تم تسجيل الرفض، وهو يسري من الآن فصاعدًا.
clinic-opt-out-already = لدى المريض رفض من هذا النوع مسجَّل بالفعل. لم يُسجَّل أي شيء جديد.
clinic-opt-out-recent = حالات الرفض المسجَّلة في عياداتك
clinic-opt-out-none = لم تُسجَّل أي حالات رفض في عياداتك حتى الآن.
clinic-opt-out-when = متى
clinic-opt-out-what = ماذا
clinic-opt-out-how = كيف وأين ومَن سجَّله
clinic-opt-out-form = الاستمارة
clinic-opt-out-print = طباعة الاستمارة المعبَّأة (PDF)
clinic-opt-out-withdrawn = سُحب لاحقًا
clinic-opt-out-error-register = اختر السجل.
clinic-opt-out-error-kind = اختر ما الذي يرفضه المريض.
clinic-opt-out-error-channel = اختر هل أبلغ المريض برفضه شفهيًا أم على استمارة.
clinic-opt-out-error-identity = اختر كيف تحقَّقت من هوية المريض.
clinic-opt-out-error-unit = اختر العيادة.
clinic-opt-out-error-reference = يجب ألا يتجاوز المرجع 100 حرف.
clinic-opt-out-error-registered = المريض مسجَّل في السجل بالفعل. لكي يخرج منه، يطلب المريض الحذف، ويتولى منسِّقو السجل معالجة طلبه.
identity-check-id_document = وثيقة هوية سارية
identity-check-known_to_staff = معروف لدى الموظفين من قبل
identity-check-signed_form = استمارة موقَّعة، جرت مطابقتها مع الملف الطبي
identity-check-e_id = الهوية الإلكترونية (e-ID) في insyn
opt-out-form-title-registration = رفض التسجيل
opt-out-form-title-research = رفض الإفصاح لأغراض البحث والإحصاء
opt-out-form-lead-registration = لا أريد أن تُسجَّل بيانات عني في سجل الجودة المذكور أدناه. يسري رفضي اعتبارًا من تاريخ استلامه. ويمكنني سحبه متى شئت.
opt-out-form-lead-research = أريد البقاء في سجل الجودة المذكور أدناه لكي يمكن متابعة الرعاية، لكنني لا أريد أن يُفصَح عن بياناتي لأغراض البحث أو الإحصاء. يسري رفضي على حالات الإفصاح التي يُتَّخذ قرارها اعتبارًا من تاريخ استلامه.
opt-out-form-name = الاسم
opt-out-form-given = الاستلام
opt-out-form-given-value = { $how }، { $clinic }، { $at }
opt-out-form-registered-by = سُجِّل بواسطة
opt-out-form-withdraw = يظهر الرفض في insyn ضمن «سجلاتي» وفي سجل الاطلاع الخاص بك. ويمكنك هناك أيضًا أن تسحبه، أو أن تُبلغ العيادة بذلك.
opt-out-form-signature = توقيع المريض
opt-out-form-place-date = المكان والتاريخ
opt-out-form-clarification = الاسم بخط واضح
opt-out-form-footer = الرفض رقم { $reference } · الصفحة { $page } من { $pages }
log-review-title = مراجعة سجل الاطلاع
log-review-lead = يجب على السجل أن يتحقق بانتظام ممن اطَّلع على بياناته (HSLF-FS 2016:40). ترى هنا عمليات الاطلاع خلال فترة زمنية، مع علامات تنبيه على ما ينبغي التدقيق فيه. ضع على عملية الاطلاع علامة «تمت المراجعة» مع ملاحظة؛ كل ما تفعله هنا يُسجَّل.
log-review-register = السجل
log-review-all = عرض جميع عمليات الاطلاع، وليس فقط التي عليها علامة تنبيه
log-review-show = عرض
log-review-counts = { $total } عملية اطلاع خلال الفترة، منها { $flagged } عليها علامة تنبيه.
log-review-capped = تعرض الصفحة أول { $shown } فقط. اختر فترة أقصر، أو نزِّل كل شيء بصيغة CSV.
log-review-csv = تنزيل بصيغة CSV
log-review-flags-heading = ماذا تعني علامات التنبيه
log-review-flags = علامات التنبيه
log-review-none = لا توجد عمليات اطلاع لعرضها في هذه الفترة.
log-review-entry-meta = القيد { $number } · الرقم الشخصي (personnummer) { $personnummer }
log-review-marked = راجعه { $reviewer } في { $at }:
log-review-note = ملاحظة
log-review-mark = وضع علامة «تمت المراجعة»
log-review-error-note = اكتب ملاحظة عن المراجعة (2000 حرف كحد أقصى).
log-review-trail = إجراءات الموظفين خلال الفترة
log-review-trail-none = لا توجد إجراءات مسجَّلة.
log-flag-no_relation = دون صلة
log-flag-no_relation-help = اطَّلعت عيادة على بيانات شخص لم تُبلِّغ السجل عنه بأي شيء، ولم يكن هناك طلب مفتوح بخصوص هذا الشخص آنذاك.
log-flag-many_in_a_day = عدد كبير في يوم واحد
log-flag-many_in_a_day-help = قام الشخص نفسه أو العيادة نفسها بما لا يقل عن 20 عملية اطلاع في ذلك اليوم، وبأكثر من ثلاثة أضعاف الوسيط اليومي خلال الأيام الثلاثين السابقة.
log-flag-off_hours = خارج ساعات الدوام
log-flag-off_hours-help = تمت عملية الاطلاع قبل الساعة 07:00 أو بعد الساعة 19:00 بتوقيت السويد، أو في يوم سبت أو أحد.
log-flag-protected_person = بيانات شخصية محمية
log-flag-protected_person-help = لهذا الشخص بيانات شخصية محمية. يجب مراجعة كل عملية اطلاع.
audit-when = متى
audit-by = مَن
audit-action = الإجراء
audit-subject = يخص
audit-operator = فريق التشغيل (سطر الأوامر)
audit-action-staff_saved = حُفظ حساب موظف
audit-action-token_created = أُنشئ مفتاح
audit-action-token_revoked = أُلغي مفتاح
audit-action-care_unit_saved = حُفظت وحدة رعاية
audit-action-opt_out_registered = سُجِّل رفض
audit-action-log_reviewed = رُوجع سجل الاطلاع
staff-role-coordinator = منسِّق السجل
staff-role-clinic = موظف عيادة
staff-role-admin = مسؤول المنصة
admin-title = الإدارة
admin-lead = حسابات الموظفين، ومفاتيح API الخاصة بالسجلات، وقائمة وحدات الرعاية. يُحفَظ كل تغيير في سجل لا يمكن تعديله.
admin-trail = أحدث التغييرات
admin-staff-title = الموظفون
admin-staff-hsa-id = HSA-id
admin-staff-hsa-id-hint = مثلًا SE2321000016-1001. إذا كان معرِّف HSA-id موجودًا من قبل، يُحدَّث حسابه.
admin-staff-name = الاسم
admin-staff-email = عنوان البريد الإلكتروني لإشعارات العمل
admin-staff-role = الدور
admin-staff-registers = السجلات
admin-staff-units = وحدات الرعاية
admin-staff-units-hint = لموظفي العيادات فقط: الوحدات التي يعمل الشخص لديها.
admin-staff-active = حساب نشط
admin-staff-list = جميع حسابات الموظفين
admin-staff-scope = السجلات والوحدات
admin-save = حفظ
admin-saved = تم الحفظ.
admin-yes = نعم
admin-no = لا
admin-tokens-title = مفاتيح API
admin-tokens-list = جميع المفاتيح
admin-token-id = الرقم
admin-token-label = الوصف
admin-token-label-hint = النظام الذي يُستخدم له المفتاح، مثلًا «منصة السجل الخاصة بـ Q-IVF».
admin-token-create = إنشاء مفتاح
admin-token-created = تم إنشاء المفتاح. لن يظهر إلا الآن: انسخه إلى خزنة كلمات المرور الخاصة بالنظام.
admin-token-created-at = تاريخ الإنشاء
admin-token-state = الحالة
admin-token-revoke = إلغاء المفتاح { $id }
admin-token-revoked = أُلغي المفتاح { $id } ولم يعد يعمل.
admin-token-revoked-at = أُلغي في { $at }
admin-units-title = وحدات الرعاية
admin-units-list = جميع وحدات الرعاية
admin-unit-hsa-id = معرِّف HSA-id لوحدة الرعاية
admin-unit-name = الاسم
admin-error-hsa-id = اكتب معرِّف HSA-id، مثلًا SE2321000016-1001.
admin-error-name = اكتب اسمًا (200 حرف كحد أقصى).
admin-error-email = اكتب عنوان بريد إلكتروني صالحًا، أو اترك الحقل فارغًا.
admin-error-role = اختر دورًا.
admin-error-label = اختر السجل واكتب وصفًا (200 حرف كحد أقصى).
admin-error-coordinator-registers = يحتاج المنسِّق إلى سجل واحد على الأقل.
admin-error-coordinator-units = للمنسِّق صلاحية على السجل بأكمله: وحدات الرعاية تخص موظفي العيادات فقط.
admin-error-clinic-scope = يحتاج موظفو العيادات إلى سجل واحد ووحدة رعاية واحدة على الأقل.
admin-error-admin-scope = يعمل مسؤول المنصة على المنصة نفسها، لا داخل سجل: لا تختر أي سجلات أو وحدات.
admin-error-unknown = أحد العناصر المختارة لم يعد موجودًا. أعد تحميل الصفحة وحاول مرة أخرى.
admin-error-themselves = لا يمكنك تعطيل حسابك أو إزالة دور مسؤول المنصة الخاص بك.

## Why each access happened and which data it touched.
log-purpose = لماذا
log-purpose-none = لم يُذكر
log-purposes-heading = لماذا استُخدمت البيانات
log-data = البيانات: { $data }
log-purpose-care_quality = متابعة جودة الرعاية الصحية
log-purpose-care_quality-help = يتابع السجل ومقدِّمو الرعاية الصحية الرعايةَ ويعملون على تحسينها، وهذا هو الغرض الذي وُجد السجل من أجله.
log-purpose-data_quality = التحقق من البيانات
log-purpose-data_quality-help = تحقَّق أحدهم من بيانات مُبلَّغ عنها أو استكملها، لكي تكون صحيحة.
log-purpose-patient_request = طلبك أنت
log-purpose-patient_request-help = طلبتَ ذلك بنفسك، أو طلبه شخص يحق له التصرف نيابةً عنك: نسخة، أو تصحيح، أو رفض، أو سؤال.
log-purpose-research_release = إفصاح لأغراض البحث
log-purpose-research_release-help = أُفصح عن بيانات لمشروع بحثي حاصل على موافقة المراجعة الأخلاقية.
log-purpose-statistics_release = إفصاح لأغراض الإحصاء
log-purpose-statistics_release-help = أُفصح عن بيانات لإعداد إحصاءات، مثلًا عن نتائج الرعاية الصحية.
log-purpose-legal_duty = التزام بموجب القانون
log-purpose-legal_duty-help = يُلزم القانون باستخدام البيانات أو الإفصاح عنها، مثلًا لجهة حكومية.
log-purpose-technical_support = الدعم الفني
log-purpose-technical_support-help = احتاج أحد المسؤولين عن تشغيل الأنظمة إلى رؤية البيانات لإصلاح عطل.

## The access log's proofs, for everyone.
log-check-yourself = يمكنك التحقق من سجل الاطلاع بنفسك.
proofs-title = تحقَّق من سجل الاطلاع بنفسك
proofs-lead = يُبيِّن سجل الاطلاع مَن اطَّلع على بياناتك. ولا حاجة إلى أن تثق بكلامنا: فسجل الاطلاع موقَّع، ويمكن لأي شخص أن يتحقق من أنه لم تُعَد كتابته.
proofs-what-heading = ما الذي تُثبته الإثباتات
proofs-what = على فترات منتظمة، يوقِّع insyn حجمَ سجل الاطلاع وقيمةَ تحقُّق محسوبة من جميع قيوده، بمفتاح محفوظ خارج قاعدة البيانات. وعندما تنزِّل سجل الاطلاع الخاص بك، يرافق كلَّ قيد إثباتٌ على أن هذا القيد بعينه موجود في سجل الاطلاع الموقَّع. ويمكن المقارنة بين نقطتَي تحقق موقَّعتين: لا يجوز أن تكون اللاحقة منهما قد فعلت شيئًا سوى إضافة قيود، فلا تغيِّر أي قيد ولا تحذفه أبدًا.
proofs-not = لا تستطيع الإثباتات أن تُبيِّن أن عملية اطِّلاع ما لم تُسجَّل قط. بل تُبيِّن أن ما سُجِّل لم يُغيَّر لاحقًا.
proofs-key-heading = المفتاح الذي يُوقَّع به سجل الاطلاع
proofs-origin = اسم سجل الاطلاع
proofs-public-key = المفتاح العام
proofs-verifier = المفتاح نفسه لأدوات سجلات الشفافية
proofs-latest = أحدث نقطة تحقق موقَّعة
proofs-latest-value = { $size } قيد، موقَّعة في { $signed }
proofs-none-yet = لم تُوقَّع أي نقطة تحقق حتى الآن.
proofs-unsigned = هذه النسخة المثبَّتة لا توقِّع سجل الاطلاع، لذلك لا توجد إثباتات يمكن التحقق منها.
proofs-how-heading = طريقة التحقق
proofs-how-download = نزِّل سجل الاطلاع الخاص بك بصيغة JSON من صفحة «من اطَّلع على بياناتي».
proofs-how-run = شغِّل الأمر insyn verify-proof مع الملف والمفتاح المذكورين أعلاه. لا يحتاج الأمر إلى قاعدة بيانات ولا إلى تسجيل الدخول.
proofs-how-keep = احفظ نقاط التحقق التي تجلبها (من /log/checkpoint). وبإثبات من /log/consistency تتحقق من أن نقطة تحقق لاحقة تبني على نقطة تحقق سابقة.
proofs-how-fork = من يحفظ نقاط التحقق على مرِّ الوقت يستطيع أن يكتشف ما إذا كانت كتابة سجل الاطلاع قد أُعيدت: فلا يمكن إثبات أن سجلًّا أُعيدت كتابته يبني على نقطة تحقق وُقِّعت قبل التغيير.

## إشعارات الاطلاع على البيانات
access-notices-title = إشعارات الاطلاع على البيانات
access-notices-lead = احصل على رسالة بريد إلكتروني عندما تطَّلع وحدة رعاية أو السجل أو شخص يمثّلك على بياناتك في أحد السجلات.
access-notices-what-mail-says = لا تذكر الرسالة إلا أن هناك إدخالات جديدة في سجل الاطلاع الخاص بك، وعددها. ولا تذكر أبدًا اسم السجل أو وحدة الرعاية أو هوية من اطَّلع، لأن ذلك وحده قد يكشف شيئًا عن صحتك. ترى التفاصيل هنا بعد تسجيل الدخول.
access-notices-saved = تم حفظ إعدادات إشعارات الاطلاع الخاصة بك.
access-notices-stopped = تم إيقاف إشعارات الاطلاع. لن تُرسَل إليك رسائل أخرى بشأن سجل الاطلاع الخاص بك.
access-notices-own-only = تتعلق إشعارات الاطلاع بسجل الاطلاع الخاص بك أنت، وتُرسَل إلى عنوانك أنت. لاختيارها، توقَّف أولًا عن تمثيل شخص آخر.
access-notices-no-address = لتلقي الإشعارات، تحتاج أولًا إلى عنوان بريد إلكتروني قمت بتأكيده.
access-notices-add-address = أضف عنوانًا في صفحة طلباتي
access-notices-on = الإشعارات مفعَّلة وتُرسَل إلى { $address }.
access-notices-off = الإشعارات متوقفة.
access-notices-scope = أي السجلات
access-notices-every-register = جميع السجلات التي أنا مُدرَج فيها
access-notices-some-registers = السجلات التي أضع عليها علامة فقط
access-notices-cadence = مدى التكرار
access-notices-at-once = فورًا، عند تسجيل عملية اطِّلاع جديدة
access-notices-daily = ملخص واحد يوميًا
access-notices-only-unrelated = عمليات الاطلاع من وحدات الرعاية التي لم تُبلِغ عن بيانات تخصني فقط
access-notices-only-unrelated-hint = وحدات الرعاية التي عالجتك وأبلغت السجل بذلك كثيرًا ما تطَّلع على بياناتك؛ وعند وضع علامة هنا لن تُبلَّغ إلا عن غيرها. وفي هذه الحالة لن تُبلَّغ أيضًا عن اطِّلاع موظفي السجل أنفسهم.
access-notices-change = حفظ التغييرات
access-notices-turn-on = تفعيل الإشعارات
access-notices-turn-off = إيقاف الإشعارات
access-notices-choose-register = ضع علامة على سجل واحد على الأقل، أو اختر جميع السجلات.
log-notices-link = احصل على رسالة بريد إلكتروني عندما يطَّلع أحد على بياناتك
mail-access-subject = إدخال جديد في سجل الاطلاع الخاص بك
mail-access-line = { $count ->
    [zero] لا توجد إدخالات جديدة في سجل الاطلاع الخاص بك في insyn.
    [one] يوجد إدخال جديد في سجل الاطلاع الخاص بك في insyn.
    [two] يوجد إدخالان جديدان في سجل الاطلاع الخاص بك في insyn.
    [few] توجد { $count } إدخالات جديدة في سجل الاطلاع الخاص بك في insyn.
    [many] يوجد { $count } إدخالًا جديدًا في سجل الاطلاع الخاص بك في insyn.
   *[other] يوجد { $count } إدخال جديد في سجل الاطلاع الخاص بك في insyn.
}
mail-access-daily-line = { $count ->
    [zero] منذ الملخص الأخير، لم تُضَف أي إدخالات جديدة إلى سجل الاطلاع الخاص بك في insyn.
    [one] منذ الملخص الأخير، أُضيف إدخال جديد واحد إلى سجل الاطلاع الخاص بك في insyn.
    [two] منذ الملخص الأخير، أُضيف إدخالان جديدان إلى سجل الاطلاع الخاص بك في insyn.
    [few] منذ الملخص الأخير، أُضيفت { $count } إدخالات جديدة إلى سجل الاطلاع الخاص بك في insyn.
    [many] منذ الملخص الأخير، أُضيف { $count } إدخالًا جديدًا إلى سجل الاطلاع الخاص بك في insyn.
   *[other] منذ الملخص الأخير، أُضيف { $count } إدخال جديد إلى سجل الاطلاع الخاص بك في insyn.
}
mail-access-see = سجِّل الدخول إلى insyn لترى من اطَّلع على بياناتك ومتى: { $link }
mail-access-why = تصلك هذه الرسالة لأنك طلبت تلقي إشعارات الاطلاع. يمكنك إيقافها من هنا: { $link }

## Checking the log in the browser
log-verify-heading = تحقَّق من سجل الاطلاع الخاص بك بنفسك
log-verify-lead = عندما تنزِّل سجل الاطلاع الخاص بك، يرافق كلَّ قيد إثباتٌ على أنه موجود في سجل الاطلاع الذي وقَّعه insyn. ويستطيع متصفحك التحقق من كل إثبات بالمفتاح الذي ينشره insyn، أو بمفتاح حفظته من قبل.
log-verify-key = المفتاح الذي يُتحقَّق به
log-verify-button = تحقَّق من سجل الاطلاع الخاص بي في هذا المتصفح
log-verify-working = جارٍ التحقق …
log-verify-ok = جميع القيود (وعددها { $count }) موجودة في سجل الاطلاع الذي وُقِّع في { $date } بالمفتاح { $fingerprint }.
log-verify-newer = عدد القيود الأحدث التي لم تدخل بعدُ في نقطة تحقق موقَّعة: { $count }. تحقَّق مرة أخرى غدًا.
log-verify-entry-failed = القيد رقم { $entry } غير موجود في سجل الاطلاع الموقَّع بالصورة التي يظهر بها في الملف الذي نزَّلته. احفظ الملف الذي نزَّلته وتواصل مع مسؤول حماية البيانات في السجل.
log-verify-checkpoint-failed = نقطة التحقق الموجودة في الملف الذي نزَّلته ليست موقَّعة بهذا المفتاح.
log-verify-error = تعذَّر إجراء التحقق في هذا المتصفح. استخدم الأمر أدناه بدلًا من ذلك.
log-verify-command = بدون JavaScript، أو على حاسوبك الخاص: نزِّل سجل الاطلاع بصيغة JSON وشغِّل هذا الأمر مع المفتاح الموجود في صفحة الإثباتات.
log-verify-about = ما تُثبته الإثباتات، والمفتاح
