//! The CSV import's row reader: any file, read as `insyn import` reads it
//! (flexible rows, the first a header), each row turned into a record item
//! against Q-IVF's definition — an item or a message, never a panic.
#![no_main]

use insyn::{
    db::registers::{FieldContent, RecordTypeContent},
    definitions::register_definitions,
    ingest::from_csv_row,
};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn qivf() -> &'static [RecordTypeContent] {
    static CONTENT: OnceLock<Vec<RecordTypeContent>> = OnceLock::new();
    CONTENT.get_or_init(|| {
        let definition = register_definitions()
            .unwrap()
            .into_iter()
            .find(|d| d.code.as_str() == "qivf")
            .unwrap();
        definition
            .record_types
            .into_iter()
            .map(|t| RecordTypeContent {
                code: t.code,
                label_sv: t.label.sv,
                label_en: t.label.en,
                fields: t
                    .fields
                    .into_iter()
                    .map(|f| FieldContent {
                        code: f.code,
                        label_sv: f.label.sv,
                        label_en: f.label.en,
                        value_type: f.value_type.as_str().to_owned(),
                        unit: f.unit,
                        options: f.options,
                        required: f.required,
                    })
                    .collect(),
            })
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(data);
    let Ok(header) = reader.headers() else {
        return;
    };
    let header: Vec<String> = header.iter().map(str::to_owned).collect();
    for row in reader.records().take(100) {
        let Ok(row) = row else {
            continue;
        };
        let row: Vec<String> = row.iter().map(str::to_owned).collect();
        if let Ok(item) = from_csv_row(&header, &row, qivf()) {
            assert!(item.is_object());
        }
    }
});
