#![cfg(not(target_arch = "wasm32"))]
//! The `check-roles` command on real files: what it prints and its exit
//! status, and that its messages are the catalogue's own (the ones the
//! widget shows for `roleData`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use career_quiz_core::catalogue::Catalogue;

fn repo(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path).to_string_lossy().into_owned()
}

fn run(args: &[&str]) -> (i32, String, String) {
    let Output { status, stdout, stderr } =
        Command::new(env!("CARGO_BIN_EXE_check-roles")).args(args).output().expect("check-roles runs");
    (status.code().expect("an exit code"), String::from_utf8(stdout).unwrap(), String::from_utf8(stderr).unwrap())
}

/// A file in the test's own temporary folder.
fn temp(name: &str, bytes: &[u8]) -> String {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn a_good_file_is_ok_in_one_line() {
    let (code, out, err) = run(&[&repo("schema/fixtures/valid/minimal.json")]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "ok: 1 role, 1 source\n", ""));
    let (code, out, _) = run(&[&repo("schema/fixtures/valid/full.json"), "--replace"]);
    assert_eq!((code, out.as_str()), (0, "ok: 4 roles, 4 sources\n"));
}

#[test]
fn merge_mode_counts_the_built_in_roles_too() {
    let builtin = Catalogue::builtin().unwrap();
    let (code, out, err) = run(&["--merge", &repo("embed/demo/agency-roles.json")]);
    assert_eq!(code, 0, "{err}");
    let expected = format!(
        "ok: {} roles, {} sources, the built-in ones included\n",
        builtin.roles.len() + 2,
        builtin.sources.len() + 1
    );
    assert_eq!(out, expected);
}

#[test]
fn a_broken_file_prints_the_catalogues_own_message_and_exits_1() {
    for fixture in ["level-too-high", "missing-language", "code-only-unknown-source"] {
        let path = repo(&format!("schema/fixtures/invalid/{fixture}.json"));
        let widget = Catalogue::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap_err();
        let (code, out, err) = run(&[&path]);
        assert_eq!((code, out.as_str()), (1, ""), "{fixture}");
        assert_eq!(err, format!("{path}: {widget}\n"), "{fixture}");
    }
    let (_, _, err) = run(&[&repo("schema/fixtures/invalid/level-too-high.json")]);
    assert!(err.contains("roles[service_desk_agent].traits.calm.value: is 4; a level is 0, 1, 2 or 3"), "{err}");
}

#[test]
fn citing_a_built_in_source_needs_merge_mode() {
    let minimal = std::fs::read_to_string(repo("schema/fixtures/valid/minimal.json")).unwrap();
    let cites_builtin = minimal.replacen(
        r#""patience": {"value": 2, "cite": {"source": "agency", "note": "Our own assessment"}}"#,
        r#""patience": {"value": 2, "cite": {"source": "team-estimate", "note": "As for the built-in roles"}}"#,
        1,
    );
    assert_ne!(cites_builtin, minimal);
    let path = temp("cites-builtin.json", cites_builtin.as_bytes());
    let (code, _, err) = run(&[&path]);
    assert_eq!(code, 1);
    assert!(err.contains("traits.patience.cite.source: `team-estimate` is not in the catalogue's sources"), "{err}");
    let (code, out, err) = run(&[&path, "--merge"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("ok: "), "{out}");
}

#[test]
fn a_byte_order_mark_is_read_as_browsers_read_it() {
    let minimal = std::fs::read(repo("schema/fixtures/valid/minimal.json")).unwrap();
    let path = temp("bom.json", &[b"\xef\xbb\xbf".as_slice(), &minimal].concat());
    assert_eq!(run(&[&path]).0, 0);
}

#[test]
fn usage_and_unreadable_files_exit_2_with_a_reason() {
    let cases: &[(&[&str], &str)] = &[
        (&[], "check-roles: no file given"),
        (&["a.json", "--strict"], "check-roles: unknown option `--strict`"),
        (&["a.json", "b.json"], "one file at a time"),
        (&["/no/such/roles.json"], "check-roles: cannot read /no/such/roles.json: "),
    ];
    for (args, expected) in cases {
        let (code, out, err) = run(args);
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}");
        assert!(err.contains(expected), "{args:?}: expected {expected:?} in {err:?}");
    }
    let folder = repo("schema");
    assert!(run(&[&folder]).2.contains("it is a folder"));
    let latin1 = temp("latin1.json", b"{\"version\": 1, \"x\": \"caf\xe9\"}");
    let (code, _, err) = run(&[&latin1]);
    assert_eq!(code, 2);
    assert!(err.contains("it is not UTF-8 text"), "{err}");
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("usage: check-roles FILE [--merge | --replace]"), "{out}");
}

#[test]
fn a_file_over_the_limit_is_refused_by_its_size() {
    let path = temp("huge.json", &vec![b' '; career_quiz_core::catalogue::MAX_JSON_BYTES + 1]);
    let (code, _, err) = run(&[&path]);
    assert_eq!(code, 1);
    assert!(err.contains("bytes long; at most 4194304 bytes are accepted"), "{err}");
}
