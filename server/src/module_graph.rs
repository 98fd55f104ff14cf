//! A test that the modules of the server and app crates form no cycle: it
//! reads the `crate::…` and `super::…` paths of every source file, maps
//! each to the module it names, and looks for a cycle among modules that
//! are not each other's ancestors (a parent declaring its children and a
//! child using its parent's items is how Rust modules are meant to work).
//! A cycle makes two modules one in all but name: neither can be read,
//! tested or changed alone.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::Path,
};

type Module = Vec<String>;

/// The module of a source file: `http/api.rs` is `http::api`, `http/mod.rs` is `http`.
fn module_of(relative: &Path) -> Module {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

fn source_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `a::{b, c::{d, e}}` as `a::b`, `a::c::d`, `a::c::e`.
fn expand(path: &str) -> Vec<String> {
    let Some(open) = path.find('{') else {
        return vec![path.trim().to_owned()];
    };
    let prefix = &path[..open];
    let inner = &path[open + 1..path.rfind('}').unwrap_or(path.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand(&format!("{prefix}{p}")))
        .collect()
}

/// Every path of the file that starts at `crate` or `super`, without
/// comments, as module segments relative to the crate's root.
fn references(module: &Module, text: &str) -> Vec<Module> {
    let code: String = text
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let mut paths = Vec::new();
    let bytes = code.as_bytes();
    let starts_word = |text: &str, at: usize| {
        let offset = text.as_ptr() as usize - code.as_ptr() as usize + at;
        offset
            .checked_sub(1)
            .map(|i| bytes[i] as char)
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == ':'))
    };
    for statement in code.split(';') {
        if let Some((at, _)) = statement
            .match_indices("use ")
            .find(|(at, _)| starts_word(statement, *at))
        {
            paths.extend(expand(
                &statement[at + 4..].replace(char::is_whitespace, ""),
            ));
        }
    }
    for start in ["crate::", "super::"] {
        for (at, _) in code.match_indices(start) {
            if !starts_word(&code, at) {
                continue;
            }
            let end = code[at..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(code.len(), |e| at + e);
            paths.push(code[at..end].to_owned());
        }
    }
    paths
        .into_iter()
        .filter_map(|path| {
            let mut segments = path.split("::").filter(|s| !s.is_empty());
            let mut target: Module = match segments.next()? {
                "crate" => Vec::new(),
                "super" => {
                    // `a/b.rs` is `a::b` and `a/mod.rs` is `a`: either way
                    // `super` is the module one level up.
                    let mut parent = module.clone();
                    parent.pop();
                    parent
                }
                _ => return None,
            };
            target.extend(segments.map(str::to_owned));
            Some(target)
        })
        .collect()
}

/// The modules of the crate at `src` that take part in a cycle, as `a -> b -> a`.
fn cycles(src: &Path) -> Vec<String> {
    let mut files = Vec::new();
    source_files(src, &mut files);
    let modules: BTreeSet<Module> = files
        .iter()
        .map(|f| module_of(f.strip_prefix(src).unwrap()))
        .collect();
    // The longest known module that a path starts with.
    let owner = |path: &Module| -> Option<Module> {
        (0..=path.len())
            .rev()
            .map(|n| path[..n].to_vec())
            .find(|m| modules.contains(m))
    };
    let is_ancestor = |a: &Module, b: &Module| b.starts_with(a) || a.starts_with(b);
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for file in &files {
        let module = module_of(file.strip_prefix(src).unwrap());
        let text = fs::read_to_string(file).unwrap();
        for target in references(&module, &text) {
            if let Some(to) = owner(&target)
                && !is_ancestor(&module, &to)
            {
                edges.entry(module.clone()).or_default().insert(to);
            }
        }
    }
    // Depth-first search for a back edge.
    let mut found = Vec::new();
    let mut done = BTreeSet::new();
    fn visit(
        node: &Module,
        edges: &BTreeMap<Module, BTreeSet<Module>>,
        stack: &mut Vec<Module>,
        done: &mut BTreeSet<Module>,
        found: &mut Vec<String>,
    ) {
        if let Some(at) = stack.iter().position(|m| m == node) {
            let mut cycle: Vec<String> = stack[at..].iter().map(|m| m.join("::")).collect();
            cycle.push(node.join("::"));
            found.push(cycle.join(" -> "));
            return;
        }
        if !done.insert(node.clone()) {
            return;
        }
        stack.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            visit(next, edges, stack, done, found);
        }
        stack.pop();
    }
    for module in &modules {
        visit(module, &edges, &mut Vec::new(), &mut done, &mut found);
    }
    found
}

#[test]
fn the_server_crate_has_no_module_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    assert_eq!(cycles(&src), Vec::<String>::new());
}

#[test]
fn the_app_crate_has_no_module_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src");
    assert_eq!(cycles(&src), Vec::<String>::new());
}

#[test]
fn a_cycle_is_found() {
    let dir = std::env::temp_dir().join(format!("insyn-graph-{}", std::process::id()));
    fs::create_dir_all(dir.join("http")).unwrap();
    fs::write(dir.join("lib.rs"), "mod http;\nmod cases;\n").unwrap();
    fs::write(dir.join("http/mod.rs"), "mod api;\nmod doc;\nuse api::x;\n").unwrap();
    fs::write(
        dir.join("http/api.rs"),
        "use super::{doc::Examples, AppState};\n",
    )
    .unwrap();
    fs::write(dir.join("http/doc.rs"), "use super::api;\n").unwrap();
    fs::write(dir.join("cases.rs"), "fn f() { crate::http::api::go(); }\n").unwrap();
    let found = cycles(&dir);
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        found,
        vec!["http::api -> http::doc -> http::api".to_owned()]
    );
}
