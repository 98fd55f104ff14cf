//! The PDF documents a patient downloads: a request's receipt, and the
//! register extract ("registerutdrag"): a title page (who, when,
//! which registers, the reference that ties it to the access log), then per
//! register its records as tables, then the access log and the requests.
//! Rows never split across pages and a table's header repeats on each page;
//! every page carries the reference and "page N of M".
//!
//! Layout is done first (into pages of positioned text and rules, measured
//! with the embedded font's own glyph widths), then drawn with printpdf, so
//! the page count is known for the footers. The font is Liberation Sans,
//! embedded, so å ä ö é print right in every reader.
//!
//! Arabic and Persian documents are written right to left in DejaVu Sans
//! (embedded; it has the Arabic letters and their joined forms). printpdf
//! draws glyphs as given, neither shaping nor reordering, so each line is
//! shaped first (ar-reshaper: the Unicode presentation forms of the joined
//! letters, whose glyphs the font maps in its cmap, so the PDF's ToUnicode
//! map gives a reader's copy-paste and `pdftotext` the letters back), then
//! put in visual order by the Unicode bidirectional algorithm (numbers,
//! dates, personnummer and references stay left to right), and the whole
//! page is mirrored: text ends at the right margin, tables run right to
//! left.

use super::{
    CopyPlan, rfc3339,
    rtl::{self, is_bidi_control},
};
use crate::{
    content,
    db::{self, Db, DbError},
};
use app::{
    domain::{RegistrationStatus, RequestStatus},
    i18n::Lang,
    model::RequestView,
};
use printpdf::{IndirectFontRef, Line, Mm, PdfDocument, Point};

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/LiberationSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/LiberationSans-Bold.ttf");
const ARABIC_REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const ARABIC_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

const PAGE_W: f32 = 210.0;
const PAGE_H: f32 = 297.0;
const MARGIN: f32 = 18.0;
const FOOTER: f32 = 12.0;
const PT: f32 = 0.3528; // mm per point

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("the font cannot be read")]
    Font,
    #[error("printpdf: {0}")]
    Pdf(String),
}

/// How a document's script is written: its fonts and its direction.
#[derive(Clone, Copy)]
struct Script {
    regular: &'static [u8],
    bold: &'static [u8],
    rtl: bool,
}

impl Script {
    fn of(lang: Lang) -> Self {
        if lang.is_rtl() {
            Script {
                regular: ARABIC_REGULAR,
                bold: ARABIC_BOLD,
                rtl: true,
            }
        } else {
            Script {
                regular: REGULAR,
                bold: BOLD,
                rtl: false,
            }
        }
    }

    /// `text` with its Arabic letters in their joined forms (logical order);
    /// other text as it is.
    fn shaped(self, text: &str) -> String {
        if self.rtl {
            rtl::shaped(text)
        } else {
            text.to_owned()
        }
    }

    /// A shaped line in the order its glyphs are drawn, left to right.
    fn visual(self, shaped: &str) -> String {
        if self.rtl {
            rtl::visual(shaped)
        } else {
            shaped.to_owned()
        }
    }
}

/// Glyph widths of the embedded fonts, for wrapping text to a column.
struct Metrics {
    script: Script,
    regular: ttf_parser::Face<'static>,
    bold: ttf_parser::Face<'static>,
}

impl Metrics {
    fn new(script: Script) -> Result<Self, PdfError> {
        Ok(Metrics {
            script,
            regular: ttf_parser::Face::parse(script.regular, 0).map_err(|_| PdfError::Font)?,
            bold: ttf_parser::Face::parse(script.bold, 0).map_err(|_| PdfError::Font)?,
        })
    }

    /// Width in mm of `text` at `size` points, as drawn (shaped).
    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        self.shaped_width(&self.script.shaped(text), size, bold)
    }

    fn shaped_width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let face = if bold { &self.bold } else { &self.regular };
        let units: u32 = text
            .chars()
            .filter(|c| !is_bidi_control(*c))
            .map(|c| {
                face.glyph_index(c)
                    .and_then(|g| face.glyph_hor_advance(g))
                    .map(u32::from)
                    .unwrap_or(u32::from(face.units_per_em()) / 2)
            })
            .sum();
        units as f32 / f32::from(face.units_per_em()) * size * PT
    }

    /// `text` broken into lines no wider than `width` mm (a word longer than
    /// the line is broken where it must be).
    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split_whitespace() {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&candidate, size, bold) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                let mut piece = String::new();
                for c in word.chars() {
                    piece.push(c);
                    if self.width(&piece, size, bold) > width && piece.chars().count() > 1 {
                        piece.pop();
                        lines.push(std::mem::take(&mut piece));
                        piece.push(c);
                    }
                }
                line = piece;
            }
            lines.push(line);
        }
        lines
    }
}

enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        text: String,
    },
    Rule {
        x1: f32,
        x2: f32,
        y: f32,
    },
}

/// Pages being filled top to bottom.
pub(super) struct Layout {
    metrics: Metrics,
    pages: Vec<Vec<Op>>,
    /// Distance from the page's bottom edge of the next line's top, in mm.
    y: f32,
}

pub(super) struct Column {
    title: String,
    /// Share of the text width.
    share: f32,
}

impl Column {
    pub(super) fn new(title: String, share: f32) -> Self {
        Column { title, share }
    }
}

impl Layout {
    pub(super) fn new(lang: Lang) -> Result<Self, PdfError> {
        Ok(Layout {
            metrics: Metrics::new(Script::of(lang))?,
            pages: vec![Vec::new()],
            y: PAGE_H - MARGIN,
        })
    }

    fn width(&self) -> f32 {
        PAGE_W - 2.0 * MARGIN
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = PAGE_H - MARGIN;
    }

    fn room(&self) -> f32 {
        self.y - MARGIN - FOOTER
    }

    fn op(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    /// A paragraph, wrapped; `keep` mm of following content must fit too
    /// (so a heading is never the last line of a page).
    pub(super) fn text(&mut self, text: &str, size: f32, bold: bool, keep: f32) {
        let line_h = size * PT * 1.35;
        for (i, line) in self
            .metrics
            .wrap(text, size, bold, self.width())
            .into_iter()
            .enumerate()
        {
            let needed = line_h + if i == 0 { keep } else { 0.0 };
            if self.room() < needed {
                self.new_page();
            }
            self.y -= line_h;
            self.op(Op::Text {
                x: MARGIN,
                y: self.y + line_h * 0.25,
                size,
                bold,
                text: line,
            });
        }
    }

    pub(super) fn gap(&mut self, mm: f32) {
        self.y -= mm;
    }

    /// A table whose rows never split; the header repeats on every page.
    pub(super) fn table(&mut self, columns: &[Column], rows: &[Vec<String>]) {
        const SIZE: f32 = 8.5;
        const PAD: f32 = 1.2;
        let line_h = SIZE * PT * 1.3;
        let total: f32 = columns.iter().map(|c| c.share).sum();
        let widths: Vec<f32> = columns
            .iter()
            .map(|c| c.share / total * self.width())
            .collect();
        let cells = |layout: &Layout, row: &[String], bold: bool| -> Vec<Vec<String>> {
            row.iter()
                .zip(&widths)
                .map(|(text, w)| layout.metrics.wrap(text, SIZE, bold, w - 2.0 * PAD))
                .collect()
        };
        let header: Vec<String> = columns.iter().map(|c| c.title.clone()).collect();
        let header_cells = cells(self, &header, true);
        let height = |cells: &[Vec<String>]| {
            cells.iter().map(Vec::len).max().unwrap_or(1) as f32 * line_h + 2.0 * PAD
        };
        let header_h = height(&header_cells);
        let draw = |layout: &mut Layout, cells: &[Vec<String>], bold: bool, h: f32| {
            let mut x = MARGIN;
            for (lines, w) in cells.iter().zip(&widths) {
                for (i, line) in lines.iter().enumerate() {
                    let y = layout.y - PAD - line_h * (i as f32 + 1.0) + line_h * 0.25;
                    layout.op(Op::Text {
                        x: x + PAD,
                        y,
                        size: SIZE,
                        bold,
                        text: line.clone(),
                    });
                }
                x += w;
            }
            layout.y -= h;
            layout.op(Op::Rule {
                x1: MARGIN,
                x2: MARGIN + layout.width(),
                y: layout.y,
            });
        };
        let mut header_drawn = false;
        for row in rows {
            let row_cells = cells(self, row, false);
            let row_h = height(&row_cells);
            if !header_drawn || self.room() < row_h {
                if header_drawn || self.room() < header_h + row_h {
                    self.new_page();
                }
                draw(self, &header_cells, true, header_h);
                header_drawn = true;
            }
            draw(self, &row_cells, false, row_h);
        }
        self.gap(4.0);
    }
}

/// Makes the extract of `plan`. Reads every record of the covered registers
/// (fine for a person's history; the JSON copy is the streaming one).
pub async fn render(db: &Db, plan: &CopyPlan) -> Result<Vec<u8>, PdfError> {
    let lang = plan.lang;
    let t = |key: &str| lang.t(key);
    let mut conn = db.pool().acquire().await.map_err(DbError::from)?;
    let mut l = Layout::new(lang)?;

    // Title page.
    l.text(&t("pdf-title"), 24.0, true, 0.0);
    l.gap(4.0);
    l.text(&plan.patient.name(), 14.0, true, 0.0);
    l.text(
        &format!(
            "{}: {}",
            t("pdf-personnummer"),
            plan.patient.personnummer.formatted()
        ),
        11.0,
        false,
        0.0,
    );
    l.gap(3.0);
    l.text(
        &format!(
            "{}: {}",
            t("pdf-generated"),
            rfc3339(plan.generated_at)
                .replace('T', " ")
                .replace('Z', " UTC")
        ),
        10.0,
        false,
        0.0,
    );
    l.text(
        &format!("{}: {}", t("pdf-reference"), plan.reference),
        10.0,
        false,
        0.0,
    );
    l.text(&t("pdf-reference-explained"), 9.0, false, 0.0);
    l.gap(5.0);
    l.text(&t("pdf-registers-included"), 12.0, true, 6.0);
    if plan.registers.is_empty() {
        l.text(&t("pdf-no-registers"), 10.0, false, 0.0);
    }
    for register in &plan.registers {
        l.text(
            &format!("• {} ({})", register.name, register.short_name),
            10.0,
            false,
            0.0,
        );
    }
    l.gap(5.0);
    l.text(&t("pdf-rights"), 9.0, false, 0.0);

    // Each register.
    for register in &plan.registers {
        l.new_page();
        l.text(&register.name, 16.0, true, 10.0);
        l.text(
            &lang.t_args(
                "pdf-registered-since",
                &[("date", register.registered_on.clone().into())],
            ),
            10.0,
            false,
            0.0,
        );
        if register.status == RegistrationStatus::Restricted {
            l.text(&t("pdf-restricted"), 10.0, true, 0.0);
        }
        l.gap(3.0);
        let mut records = Vec::new();
        let mut after = 0;
        loop {
            let batch = db::records::batch_of_patient(
                &mut conn,
                plan.patient_id,
                &register.code,
                after,
                super::BATCH,
            )
            .await?;
            let Some(last) = batch.last() else { break };
            after = last.id;
            records.extend(batch);
        }
        if records.is_empty() {
            l.text(&t("pdf-no-records"), 10.0, false, 0.0);
        }
        for record_type in &register.content {
            let mut of_type: Vec<_> = records
                .iter()
                .filter(|r| r.record_type == record_type.code)
                .collect();
            if of_type.is_empty() {
                continue;
            }
            of_type.sort_by(|a, b| b.recorded_on.cmp(&a.recorded_on).then(b.id.cmp(&a.id)));
            l.text(record_type.label(lang), 12.0, true, 12.0);
            let rows: Vec<Vec<String>> = of_type
                .iter()
                .map(|record| {
                    let values = record_type
                        .fields
                        .iter()
                        .filter(|f| record.fields.contains_key(&f.code))
                        .map(|f| {
                            format!(
                                "{}: {}",
                                f.label(lang),
                                content::display(f, record.fields.get(&f.code), lang)
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("\n");
                    let corrected = if record.version > 1 {
                        format!(
                            "\n{} {}",
                            t("pdf-corrected"),
                            crate::clock::iso_date(record.updated_at)
                        )
                    } else {
                        String::new()
                    };
                    vec![
                        format!("{}{corrected}", record.recorded_on),
                        record.care_unit_name.clone(),
                        values,
                    ]
                })
                .collect();
            l.table(
                &[
                    Column::new(t("pdf-col-date"), 1.0),
                    Column::new(t("pdf-col-care-unit"), 1.6),
                    Column::new(t("pdf-col-values"), 3.4),
                ],
                &rows,
            );
        }
    }

    // The access log.
    l.new_page();
    l.text(&t("pdf-access-log"), 16.0, true, 10.0);
    l.text(&t("pdf-access-log-explained"), 9.0, false, 0.0);
    l.gap(2.0);
    let mut rows = Vec::new();
    let mut after = 0;
    loop {
        let batch = db::access_events::batch_of_patient(
            &mut conn,
            plan.patient_id,
            plan.only.as_deref(),
            after,
            super::BATCH,
        )
        .await?;
        let Some(last) = batch.last() else { break };
        after = last.seq;
        rows.extend(batch);
    }
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|e| {
            let who = match (e.actor.as_str(), &e.care_unit_name) {
                ("patient", _) => t("pdf-actor-patient"),
                ("register_staff", _) => t("pdf-actor-staff"),
                (_, Some(name)) => name.clone(),
                _ => e.care_unit_hsa_id.clone().unwrap_or_default(),
            };
            vec![
                rfc3339(e.occurred_at).replace('T', " ").replace('Z', ""),
                e.register_code.clone(),
                who,
                t(&format!("pdf-kind-{}", e.kind)),
                e.reason.clone().unwrap_or_default(),
            ]
        })
        .collect();
    if rows.is_empty() {
        l.text(&t("pdf-none"), 10.0, false, 0.0);
    } else {
        l.table(
            &[
                Column::new(t("pdf-col-time"), 1.3),
                Column::new(t("pdf-col-register"), 0.9),
                Column::new(t("pdf-col-who"), 2.0),
                Column::new(t("pdf-col-kind"), 1.1),
                Column::new(t("pdf-col-reason"), 1.6),
            ],
            &rows,
        );
    }

    // The requests.
    l.text(&t("pdf-requests"), 16.0, true, 10.0);
    let requests =
        db::requests::of_patient(&mut conn, plan.patient_id, plan.only.as_deref()).await?;
    if requests.is_empty() {
        l.text(&t("pdf-none"), 10.0, false, 0.0);
    } else {
        let rows: Vec<Vec<String>> = requests
            .iter()
            .map(|r| {
                vec![
                    r.reference.clone(),
                    r.register_code.clone(),
                    r.kind.to_string(),
                    r.status.to_string(),
                    crate::clock::iso_date(r.received_at),
                    r.extended_due_on.unwrap_or(r.due_on).to_string(),
                ]
            })
            .collect();
        l.table(
            &[
                Column::new(t("pdf-col-reference"), 1.2),
                Column::new(t("pdf-col-register"), 0.9),
                Column::new(t("pdf-col-request"), 1.1),
                Column::new(t("pdf-col-status"), 1.0),
                Column::new(t("pdf-col-received"), 1.0),
                Column::new(t("pdf-col-due"), 1.0),
            ],
            &rows,
        );
    }

    // Where the data were released.
    l.text(&t("my-releases-title"), 16.0, true, 10.0);
    let releases = plan.releases(&mut conn).await?;
    if releases.is_empty() {
        l.text(&t("pdf-none"), 10.0, false, 0.0);
    } else {
        let rows: Vec<Vec<String>> = releases
            .iter()
            .map(|r| {
                let mut purpose = t(&format!("release-purpose-{}", r.purpose.as_str()));
                if let Some(approval) = &r.ethics_approval {
                    purpose = format!("{purpose}\n{approval}");
                }
                vec![
                    crate::clock::iso_date(r.decided_at),
                    r.register_code.clone(),
                    format!("{}\n{}", r.recipient, r.diary_number),
                    purpose,
                    t(&format!("release-form-{}", r.form.as_str())),
                ]
            })
            .collect();
        l.table(
            &[
                Column::new(t("release-decided"), 1.0),
                Column::new(t("pdf-col-register"), 0.9),
                Column::new(t("release-recipient"), 2.2),
                Column::new(t("release-purpose"), 1.5),
                Column::new(t("release-form"), 1.2),
            ],
            &rows,
        );
    }
    draw(l, &lang.t("pdf-title"), "pdf-footer", &plan.reference, lang)
}

/// The receipt of a request as a PDF: what the receipt page says — the
/// reference, register, dates, what was asked, the legal clock and the
/// history — for the patient to keep.
pub fn receipt(request: &RequestView, lang: Lang) -> Result<Vec<u8>, PdfError> {
    let t = |key: &str| lang.t(key);
    let mut l = Layout::new(lang)?;
    let title = format!(
        "{}: {}",
        t("pdf-receipt-title"),
        t(&format!("request-{}-title", request.kind.as_str()))
    );
    l.text(&title, 20.0, true, 0.0);
    l.gap(3.0);
    l.text(&t("receipt-lead"), 10.0, false, 0.0);
    l.gap(3.0);
    let due = request
        .extended_due_on
        .clone()
        .unwrap_or_else(|| request.due_on.clone());
    let mut facts = vec![
        (t("receipt-reference"), request.reference.clone()),
        (t("receipt-register"), request.register_name.clone()),
        (t("receipt-received"), request.received_on.clone()),
        (t("receipt-due"), due),
        (
            t("queue-status"),
            t(&format!("status-{}", request.status.as_str())),
        ),
    ];
    if let Some(filed_by) = request.filed_by_text(lang) {
        facts.push((t("receipt-filed-by"), filed_by));
    }
    facts.push((t("receipt-handled-by"), request.handled_by_text(lang)));
    if let Some(reason) = &request.extension_reason {
        facts.push((t("pdf-receipt-extended"), reason.clone()));
    }
    if let Some(on) = &request.decided_on {
        facts.push((t("pdf-receipt-decided"), on.clone()));
    }
    if let Some(reason) = &request.decision_reason {
        facts.push((t("pdf-receipt-decision"), reason.clone()));
    }
    facts.extend(
        request
            .summary
            .iter()
            .map(|f| (f.label.clone(), f.value.clone())),
    );
    let rows: Vec<Vec<String>> = facts.into_iter().map(|(k, v)| vec![k, v]).collect();
    l.table(
        &[
            Column::new(t("pdf-receipt-col-field"), 1.0),
            Column::new(t("pdf-receipt-col-value"), 2.2),
        ],
        &rows,
    );
    l.gap(5.0);
    l.text(&t("receipt-timeline"), 13.0, true, 10.0);
    let steps: Vec<Vec<String>> = request
        .history
        .iter()
        .map(|s| {
            vec![
                s.on.clone(),
                t(&format!("status-{}", s.status.as_str())),
                s.note.clone().unwrap_or_default(),
            ]
        })
        .collect();
    l.table(
        &[
            Column::new(t("pdf-col-date"), 1.0),
            Column::new(t("pdf-col-status"), 1.4),
            Column::new(t("pdf-receipt-note"), 2.6),
        ],
        &steps,
    );
    if !request.recipients.is_empty() {
        l.gap(5.0);
        l.text(&t("recipients-heading"), 13.0, true, 10.0);
        l.text(&t("recipients-lead"), 9.0, false, 0.0);
        let told: Vec<Vec<String>> = request
            .recipients
            .iter()
            .map(|r| {
                vec![
                    format!("{} ({})", r.recipient, r.diary_number),
                    r.decided_on.clone(),
                    r.told_on
                        .clone()
                        .unwrap_or_else(|| t("recipients-not-told")),
                ]
            })
            .collect();
        l.table(
            &[
                Column::new(t("release-recipient"), 2.6),
                Column::new(t("release-decided"), 1.0),
                Column::new(t("recipients-told"), 1.0),
            ],
            &told,
        );
    }
    l.gap(5.0);
    l.text(&t("pdf-receipt-deadline"), 9.0, false, 0.0);
    if request.status == RequestStatus::Rejected {
        l.text(&t("pdf-receipt-complain"), 9.0, false, 0.0);
    }
    draw(l, &title, "pdf-receipt-footer", &request.reference, lang)
}

/// The laid-out pages as a PDF titled `title`, each with the footer
/// message `footer` (given the reference and "page N of M").
pub(super) fn draw(
    layout: Layout,
    title: &str,
    footer: &str,
    reference: &str,
    lang: Lang,
) -> Result<Vec<u8>, PdfError> {
    let pdf_error = |e: printpdf::Error| PdfError::Pdf(e.to_string());
    let (doc, first_page, first_layer) = PdfDocument::new(title, Mm(PAGE_W), Mm(PAGE_H), "1");
    let script = layout.metrics.script;
    let regular: IndirectFontRef = doc.add_external_font(script.regular).map_err(pdf_error)?;
    let bold: IndirectFontRef = doc.add_external_font(script.bold).map_err(pdf_error)?;
    let metrics = &layout.metrics;
    // Right to left, the page is mirrored: a text's box starts at the right.
    let place = |x: f32, text: &str, size: f32, bold: bool| -> (String, f32) {
        let shaped = script.shaped(text);
        if !script.rtl {
            return (shaped, x);
        }
        let width = metrics.shaped_width(&shaped, size, bold);
        (script.visual(&shaped), PAGE_W - x - width)
    };
    let count = layout.pages.len();
    for (i, ops) in layout.pages.iter().enumerate() {
        let (page, layer) = if i == 0 {
            (first_page, first_layer)
        } else {
            doc.add_page(Mm(PAGE_W), Mm(PAGE_H), "1")
        };
        let layer = doc.get_page(page).get_layer(layer);
        for op in ops {
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    bold: is_bold,
                    text,
                } => {
                    let (text, x) = place(*x, text, *size, *is_bold);
                    layer.use_text(
                        text,
                        *size,
                        Mm(x),
                        Mm(*y),
                        if *is_bold { &bold } else { &regular },
                    )
                }
                Op::Rule { x1, x2, y } => {
                    let (x1, x2) = if script.rtl {
                        (PAGE_W - x2, PAGE_W - x1)
                    } else {
                        (*x1, *x2)
                    };
                    layer.set_outline_thickness(0.3);
                    layer.add_line(Line {
                        points: vec![
                            (Point::new(Mm(x1), Mm(*y)), false),
                            (Point::new(Mm(x2), Mm(*y)), false),
                        ],
                        is_closed: false,
                    });
                }
            }
        }
        let footer_text = lang.t_args(
            footer,
            &[
                ("reference", reference.to_owned().into()),
                ("page", (i + 1).into()),
                ("pages", count.into()),
            ],
        );
        let (footer_text, x) = place(MARGIN, &footer_text, 8.0, false);
        layer.use_text(footer_text, 8.0, Mm(x), Mm(MARGIN - 6.0), &regular);
    }
    doc.save_to_bytes().map_err(pdf_error)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use app::domain::{RelationKind, RequestKind, RequestStatus};
    use unicode_normalization::UnicodeNormalization;

    fn request() -> RequestView {
        RequestView {
            reference: "INS-7K2M-Q9XD".into(),
            register_code: "ndr".into(),
            register_name: "Nationella Diabetesregistret".into(),
            kind: RequestKind::Erasure,
            status: RequestStatus::Received,
            received_on: "2026-12-01".into(),
            due_on: "2026-12-31".into(),
            extended_due_on: None,
            extension_reason: None,
            days_left: 30,
            decided_on: None,
            decision_reason: None,
            summary: Vec::new(),
            history: Vec::new(),
            filed_by: Some((RelationKind::Guardian, "Tolvan Tolvansson".into())),
            handled_by: None,
            recipients: Vec::new(),
        }
    }

    /// The PDF's text as poppler reads it back, normalised (NFKC: joined
    /// letter forms back to letters; white space collapsed).
    pub(in crate::export) fn read_back(pdf: &[u8]) -> String {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("receipt.pdf");
        std::fs::write(&path, pdf).unwrap();
        let out = std::process::Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(&path)
            .arg("-")
            .output()
            .expect("pdftotext runs (apt-get install poppler-utils)");
        normalised(&String::from_utf8(out.stdout).unwrap())
    }

    /// Text compared as letters: NFKC (joined forms back to letters), no
    /// bidi marks (poppler adds its own), no harakat (the optional vowel
    /// marks and the hamza above of the Persian ezafe, which the reshaper
    /// leaves out), white space collapsed.
    fn normalised(text: &str) -> String {
        let text: String = text
            .nfkc()
            .filter(|c| {
                !is_bidi_control(*c) && !('\u{064B}'..='\u{0655}').contains(c) && *c != '\u{0670}'
            })
            .collect();
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn a_receipt_reads_back_in_every_language_right_to_left_ones_in_logical_order() {
        for lang in Lang::ALL {
            let text = read_back(&receipt(&request(), lang).unwrap());
            for expected in [
                lang.t("pdf-receipt-title"),
                lang.t("request-erasure-title"),
                lang.t("receipt-reference"),
                lang.t("receipt-filed-by"),
            ] {
                assert!(
                    text.contains(&normalised(&expected)),
                    "{lang:?}: {expected:?} in {text:?}"
                );
            }
            // A reference and a date inside right-to-left text keep their order.
            assert!(text.contains("INS-7K2M-Q9XD"), "{text}");
            assert!(text.contains("2026-12-31"), "{text}");
        }
    }

    #[test]
    fn a_line_of_arabic_is_joined_then_drawn_right_to_left() {
        let script = Script::of(Lang::Ar);
        let shaped = script.shaped("سلام \u{2068}2026-12-01\u{2069}");
        assert!(
            shaped
                .chars()
                .all(|c| !('\u{0621}'..='\u{064A}').contains(&c)),
            "joined forms: {shaped}"
        );
        let visual = script.visual(&shaped);
        assert!(
            visual.starts_with("2026-12-01"),
            "the number stays left to right, on the left: {visual}"
        );
        let arabic = |c: &char| !c.is_ascii() && !c.is_whitespace() && !is_bidi_control(*c);
        let letters: String = visual.chars().filter(arabic).collect();
        let logical: String = shaped.chars().filter(arabic).collect();
        assert_eq!(
            letters,
            logical.chars().rev().collect::<String>(),
            "the letters drawn right to left"
        );
        assert_eq!(Script::of(Lang::Sv).visual("Tolvan 2026"), "Tolvan 2026");
        let bracketed = script.visual(&script.shaped("(سلام)"));
        assert!(
            bracketed.starts_with('(') && bracketed.ends_with(')'),
            "mirrored: {bracketed}"
        );
    }
}
