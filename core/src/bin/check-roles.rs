//! `check-roles FILE [--merge]`: checks a roles file the way the widget
//! checks its `roleData` / `roles-src`, and prints the same messages.
//!
//! ```text
//! cargo run -p career-quiz-core --bin check-roles -- my-roles.json          # rolesMode "replace"
//! cargo run -p career-quiz-core --bin check-roles -- my-roles.json --merge  # rolesMode "merge"
//! ```
//!
//! Exit status: 0 and one line `ok: N roles, M sources` when the widget
//! would accept the file; 1 with every problem (place and rule) when it
//! would refuse it; 2 when the command is used wrongly or the file cannot
//! be read.

use std::io::Read;
use std::process::ExitCode;

use career_quiz_core::catalogue::{Catalogue, CatalogueError, MAX_JSON_BYTES};

const USAGE: &str = "\
usage: check-roles FILE [--merge | --replace]

Checks a roles file (the schema of data/roles.json) as the career quiz
checks its roleData / roles-src option, and prints the same messages.
  --replace  the file's roles alone, as rolesMode \"replace\" (the default here)
  --merge    the file merged into the built-in roles, as rolesMode \"merge\"
             (the widget's default): it may cite built-in sources and list
             built-in roles as similar
Exit status: 0 accepted, 1 refused (every problem is printed), 2 usage or
the file cannot be read.";

/// How the file's roles meet the built-in ones (the widget's `rolesMode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Replace,
    Merge,
}

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    Help,
    Check { file: String, mode: Mode },
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut file = None;
    let mut mode = None;
    for arg in args {
        let asked = match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--merge" => Mode::Merge,
            "--replace" => Mode::Replace,
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            _ => {
                if let Some(first) = &file {
                    return Err(format!("one file at a time; got `{first}` and `{arg}`"));
                }
                file = Some(arg);
                continue;
            }
        };
        if mode.is_some_and(|m| m != asked) {
            return Err("give --merge or --replace, not both".into());
        }
        mode = Some(asked);
    }
    let file = file.ok_or("no file given")?;
    Ok(Command::Check { file, mode: mode.unwrap_or(Mode::Replace) })
}

/// The file's text: UTF-8, without the byte order mark some editors write
/// (browsers drop it when they read JSON, so the widget never sees it).
/// Files over the widget's limit are refused by size, without reading them.
fn read(file: &str) -> Result<Result<String, CatalogueError>, String> {
    let cannot = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::InvalidData => format!("cannot read {file}: it is not UTF-8 text"),
        _ => format!("cannot read {file}: {e}"),
    };
    let mut f = std::fs::File::open(file).map_err(cannot)?;
    let meta = f.metadata().map_err(cannot)?;
    if meta.is_dir() {
        return Err(format!("cannot read {file}: it is a folder"));
    }
    let bytes = usize::try_from(meta.len()).unwrap_or(usize::MAX);
    if bytes > MAX_JSON_BYTES {
        return Ok(Err(CatalogueError::TooLarge { bytes, max: MAX_JSON_BYTES }));
    }
    let mut text = String::new();
    f.read_to_string(&mut text).map_err(cannot)?;
    Ok(Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text)))
}

/// The catalogue the widget would show, or why it would refuse the file:
/// the same calls as the widget's option parsing (src/embed/config.rs).
fn check(json: &str, mode: Mode) -> Result<Catalogue, CatalogueError> {
    match mode {
        Mode::Replace => Catalogue::from_json(json),
        Mode::Merge => {
            let builtin = Catalogue::builtin()?;
            Catalogue::parse_json(json).and_then(|extra| builtin.merged(extra).checked())
        }
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn main() -> ExitCode {
    let (file, mode) = match parse_args(std::env::args().skip(1)) {
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Check { file, mode }) => (file, mode),
        Err(why) => {
            eprintln!("check-roles: {why}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let checked = match read(&file) {
        Ok(text) => text.and_then(|json| check(&json, mode)),
        Err(why) => {
            eprintln!("check-roles: {why}");
            return ExitCode::from(2);
        }
    };
    match checked {
        Ok(cat) => {
            let merged = if mode == Mode::Merge { ", the built-in ones included" } else { "" };
            println!(
                "ok: {}, {}{merged}",
                plural(cat.roles.len(), "role", "roles"),
                plural(cat.sources.len(), "source", "sources")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{file}: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        parse_args(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn arguments() {
        let check = |file: &str, mode| Ok(Command::Check { file: file.into(), mode });
        assert_eq!(parse(&["a.json"]), check("a.json", Mode::Replace));
        assert_eq!(parse(&["a.json", "--merge"]), check("a.json", Mode::Merge));
        assert_eq!(parse(&["--merge", "a.json", "--merge"]), check("a.json", Mode::Merge));
        assert_eq!(parse(&["--replace", "a.json"]), check("a.json", Mode::Replace));
        assert_eq!(parse(&["a.json", "--help"]), Ok(Command::Help));
        assert_eq!(parse(&[]), Err("no file given".into()));
        assert_eq!(parse(&["--merge"]), Err("no file given".into()));
        assert_eq!(parse(&["a.json", "--marge"]), Err("unknown option `--marge`".into()));
        assert_eq!(parse(&["a.json", "b.json"]), Err("one file at a time; got `a.json` and `b.json`".into()));
        assert_eq!(parse(&["a.json", "--merge", "--replace"]), Err("give --merge or --replace, not both".into()));
    }
}
