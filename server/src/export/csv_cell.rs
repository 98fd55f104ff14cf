//! Every CSV insyn writes goes through [`SafeCsv`]: a cell that a
//! spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`,
//! TAB or CR) is written with a leading `'`, as OWASP advises against CSV
//! injection. The text of such cells (a reason a register system sent, say)
//! stays readable; nothing in it runs when the patient opens the file.

use std::borrow::Cow;

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell as a spreadsheet will show it, never as a formula.
pub fn neutralised(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A CSV writer whose every cell is [`neutralised`].
pub struct SafeCsv(csv::Writer<Vec<u8>>);

impl Default for SafeCsv {
    fn default() -> Self {
        SafeCsv(csv::Writer::from_writer(Vec::new()))
    }
}

impl SafeCsv {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn row<'c>(&mut self, cells: impl IntoIterator<Item = &'c str>) -> Result<(), csv::Error> {
        self.0
            .write_record(cells.into_iter().map(|cell| neutralised(cell).into_owned()))
    }

    pub fn finish(self) -> Result<Vec<u8>, csv::Error> {
        self.0.into_inner().map_err(|e| e.into_error().into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_written_as_text() {
        for formula in [
            "=HYPERLINK(\"https://evil.example\",\"klicka\")",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
        ] {
            assert_eq!(neutralised(formula), format!("'{formula}"));
        }
        for plain in ["Uppföljning av behandling", "2026-01-05 10:00", "12", ""] {
            assert_eq!(neutralised(plain), plain);
        }
    }

    #[test]
    fn a_written_file_starts_no_cell_with_a_formula() {
        let mut csv = SafeCsv::new();
        csv.row(["reason", "unit"]).unwrap();
        csv.row(["=HYPERLINK(\"x\")", "ok, fine"]).unwrap();
        let text = String::from_utf8(csv.finish().unwrap()).unwrap();
        assert_eq!(
            text,
            "reason,unit\n\"'=HYPERLINK(\"\"x\"\")\",\"ok, fine\"\n"
        );
    }
}
