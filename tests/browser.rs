//! The HTML report in a real browser: headless Chromium (Debian's `chromium` package,
//! never a downloaded build) opens the seed report from disk, offline, and a reader's
//! steps are replayed: filter, search, sort, open a row by mouse and by keyboard.
//!
//! Without Chromium the test says so and passes, unless `CLAIMCHECK_REQUIRE_BROWSER=1`
//! (set by `.ci/run`), which makes a missing browser a failure.

use headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption;
use headless_chrome::protocol::cdp::types::Event;
use headless_chrome::protocol::cdp::{Emulation, Log, Runtime};
use headless_chrome::{Browser, LaunchOptions, Tab};
use serde_json::Value;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Where Debian's package puts the browser; `CLAIMCHECK_CHROMIUM` names another.
fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("CLAIMCHECK_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    if path.is_file() {
        return Some(path);
    }
    let required = std::env::var_os("CLAIMCHECK_REQUIRE_BROWSER").is_some_and(|v| v == "1");
    assert!(
        !required,
        "CLAIMCHECK_REQUIRE_BROWSER=1 but there is no Chromium at {}: \
         install it with `apt-get install chromium`",
        path.display()
    );
    eprintln!(
        "notice: browser test skipped: no Chromium at {} (install Debian's `chromium` \
         package, or set CLAIMCHECK_CHROMIUM; CI sets CLAIMCHECK_REQUIRE_BROWSER=1)",
        path.display()
    );
    None
}

fn claimcheck(dir: &Path, args: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run claimcheck");
    assert!(
        out.status.success(),
        "claimcheck {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// A copy of the seed claim base (claim files and articles) to record verdicts in.
fn seed_copy(dir: &Path) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    for sub in ["", "articles"] {
        std::fs::create_dir_all(dir.join("claims").join(sub)).unwrap();
        for e in std::fs::read_dir(from.join(sub)).unwrap() {
            let p = e.unwrap().path();
            if p.is_file() {
                std::fs::copy(
                    &p,
                    dir.join("claims").join(sub).join(p.file_name().unwrap()),
                )
                .unwrap();
            }
        }
    }
}

fn launch(profile: &Path, chromium: PathBuf) -> Browser {
    let args: Vec<&OsStr> = [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
    .iter()
    .map(OsStr::new)
    .collect();
    let options = LaunchOptions::default_builder()
        .path(Some(chromium))
        .headless(true)
        .sandbox(false)
        .window_size(Some((1280, 900)))
        .user_data_dir(Some(profile.to_path_buf()))
        .idle_browser_timeout(Duration::from_secs(120))
        .args(args)
        .build()
        .unwrap();
    Browser::new(options).expect("start chromium")
}

/// Evaluates the expression `js` in the page and returns its value (through JSON, so
/// arrays and objects come back whole).
fn eval(tab: &Tab, js: &str) -> Value {
    let json = tab
        .evaluate(&format!("JSON.stringify({js})"), false)
        .unwrap_or_else(|e| panic!("evaluating {js}: {e}"))
        .value;
    match json {
        Some(Value::String(s)) => serde_json::from_str(&s).unwrap(),
        _ => Value::Null,
    }
}

/// Waits until `js` evaluates to `want` (filters typed into a box apply after a pause).
fn wait_for(tab: &Tab, js: &str, want: &Value) -> Value {
    let start = Instant::now();
    loop {
        let got = eval(tab, js);
        if &got == want || start.elapsed() > Duration::from_secs(10) {
            return got;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Emulates a screen of `width` × `height` CSS pixels.
fn viewport(tab: &Tab, width: u32, height: u32, mobile: bool) {
    tab.call_method(Emulation::SetDeviceMetricsOverride {
        width,
        height,
        device_scale_factor: if mobile { 2.0 } else { 1.0 },
        mobile,
        scale: None,
        screen_width: None,
        screen_height: None,
        position_x: None,
        position_y: None,
        dont_set_visible_size: None,
        screen_orientation: None,
        viewport: None,
        display_feature: None,
        device_posture: None,
    })
    .unwrap();
}

const ROWS: &str = "document.querySelectorAll('#findings tbody tr.finding').length";

fn select(tab: &Tab, id: &str, value: &str) {
    eval(
        tab,
        &format!(
            "(() => {{ const s = document.getElementById({id:?}); s.value = {value:?}; \
             s.dispatchEvent(new Event('change')); return s.value; }})()"
        ),
    );
}

#[test]
fn the_seed_report_works_in_chromium() {
    let Some(chromium) = chromium() else {
        return;
    };
    let work = tempfile::tempdir().unwrap();
    seed_copy(work.path());
    let report: Value =
        serde_json::from_slice(&claimcheck(work.path(), &["check", "--format", "json"])).unwrap();
    let findings = report["discrepancies"].as_array().unwrap().clone();
    assert!(findings.len() >= 2, "the seed corpus has findings");
    let contradiction = findings
        .iter()
        .find(|f| f["severity"] == "contradiction")
        .expect("the seed corpus has a contradiction");
    let id = contradiction["id"].as_str().unwrap();
    claimcheck(
        work.path(),
        &[
            "verdict",
            id,
            "--status",
            "confirmed",
            "--note",
            "one article is a decade off",
            "--reviewer",
            "desk",
        ],
    );
    claimcheck(work.path(), &["report", "claims", "--out", "report.html"]);
    let page = work.path().join("report.html");

    let browser = launch(&work.path().join("profile"), chromium);
    let tab = browser.new_tab().unwrap();
    let problems = Arc::new(Mutex::new(Vec::<String>::new()));
    let seen = problems.clone();
    tab.enable_log().unwrap();
    tab.enable_runtime().unwrap();
    tab.add_event_listener(Arc::new(move |event: &Event| {
        let problem = match event {
            Event::RuntimeExceptionThrown(e) => Some(format!(
                "exception: {} at {}:{}",
                e.params.exception_details.text,
                e.params.exception_details.line_number,
                e.params.exception_details.column_number
            )),
            Event::RuntimeConsoleAPICalled(e)
                if matches!(
                    e.params.Type,
                    Runtime::ConsoleAPICalledEventTypeOption::Error
                        | Runtime::ConsoleAPICalledEventTypeOption::Assert
                        | Runtime::ConsoleAPICalledEventTypeOption::Warning
                ) =>
            {
                Some(format!("console {:?}: {:?}", e.params.Type, e.params.args))
            }
            Event::LogEntryAdded(e)
                if matches!(
                    e.params.entry.level,
                    Log::LogEntryLevel::Error | Log::LogEntryLevel::Warning
                ) =>
            {
                Some(format!("log: {}", e.params.entry.text))
            }
            _ => None,
        };
        if let Some(p) = problem {
            seen.lock().unwrap().push(p);
        }
    }))
    .unwrap();
    let url = format!("file://{}", page.display());
    tab.navigate_to(&url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    if let Err(e) = tab.wait_for_element("#findings tbody tr.finding") {
        panic!("no rows ({e}); console: {:#?}", problems.lock().unwrap());
    }

    // Everything is in the file: the page fetched nothing.
    assert_eq!(
        eval(&tab, "performance.getEntriesByType('resource').length"),
        0
    );
    assert_eq!(eval(&tab, ROWS), findings.len());
    let overview = eval(&tab, "document.getElementById('overview').textContent");
    assert!(
        overview
            .as_str()
            .unwrap()
            .contains(&format!("{} findings in 5 articles", findings.len())),
        "{overview}"
    );

    // Severity filter.
    let contradictions = findings
        .iter()
        .filter(|f| f["severity"] == "contradiction")
        .count();
    select(&tab, "f-severity", "contradiction");
    assert_eq!(eval(&tab, ROWS), contradictions);
    assert_eq!(
        eval(
            &tab,
            "[...document.querySelectorAll('#findings tbody .sev')].every(b => b.textContent === 'contradiction')"
        ),
        true
    );
    select(&tab, "f-severity", "discrepancy");
    assert_eq!(
        eval(&tab, ROWS),
        findings
            .iter()
            .filter(|f| f["severity"] == "discrepancy")
            .count()
    );
    select(&tab, "f-severity", "");
    assert_eq!(eval(&tab, ROWS), findings.len());

    // Article and verdict filters.
    let article = findings[1]["claims"][0]["article"].as_str().unwrap();
    let in_article = findings
        .iter()
        .filter(|f| {
            f["claims"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["article"] == article)
        })
        .count();
    select(&tab, "f-article", article);
    assert_eq!(eval(&tab, ROWS), in_article);
    select(&tab, "f-article", "");
    select(&tab, "f-verdict", "confirmed");
    assert_eq!(eval(&tab, ROWS), 1);
    assert_eq!(
        eval(
            &tab,
            "document.querySelector('#findings tbody tr.finding .open-row').textContent"
        ),
        contradiction["subject"]
    );
    select(&tab, "f-verdict", "none");
    assert_eq!(eval(&tab, ROWS), findings.len() - 1);
    select(&tab, "f-verdict", "");

    // The search box, typed into: a finding's id finds that finding alone.
    let other = findings[1]["id"].as_str().unwrap();
    tab.wait_for_element("#q").unwrap().click().unwrap();
    tab.type_str(other).unwrap();
    assert_eq!(wait_for(&tab, ROWS, &Value::from(1)), 1);
    eval(
        &tab,
        "(() => { const q = document.getElementById('q'); q.value = ''; q.dispatchEvent(new Event('input')); })()",
    );
    assert_eq!(
        wait_for(&tab, ROWS, &Value::from(findings.len())),
        findings.len()
    );

    // Opening the contradiction's row by mouse: the evidence and the graph.
    let row = format!(
        "[...document.querySelectorAll('#findings tbody tr.finding')].find(r => r.textContent.includes({:?}))",
        contradiction["subject"].as_str().unwrap()
    );
    eval(
        &tab,
        &format!("{row}.querySelector('.open-row').id = 'target'"),
    );
    tab.wait_for_element("#target").unwrap().click().unwrap();
    tab.wait_for_element("tr.detail").unwrap();
    let sides = contradiction["claims"].as_array().unwrap();
    assert_eq!(
        eval(&tab, "document.querySelectorAll('tr.detail .side').length"),
        sides.len()
    );
    let marks = eval(
        &tab,
        "[...document.querySelectorAll('tr.detail .side mark')].map(m => m.textContent).sort()",
    );
    let mut texts: Vec<&str> = sides.iter().map(|s| s["text"].as_str().unwrap()).collect();
    texts.sort();
    assert_eq!(
        marks,
        serde_json::json!(texts),
        "each quote marks its value"
    );
    let detail = eval(&tab, "document.querySelector('tr.detail').textContent");
    let detail = detail.as_str().unwrap();
    for s in sides {
        assert!(detail.contains(s["value"].as_str().unwrap()), "{detail}");
    }
    assert!(detail.contains(contradiction["explanation"].as_str().unwrap()));
    assert!(
        detail.contains("one article is a decade off"),
        "the verdict note"
    );
    let articles: std::collections::BTreeSet<&str> = sides
        .iter()
        .map(|s| s["article"].as_str().unwrap())
        .collect();
    assert_eq!(
        eval(
            &tab,
            "document.querySelectorAll('tr.detail svg .n-article').length"
        ),
        articles.len()
    );
    let graph = eval(&tab, "document.querySelector('tr.detail svg').textContent");
    for a in &articles {
        assert!(graph.as_str().unwrap().contains(a), "graph names {a}");
    }
    assert!(
        eval(
            &tab,
            "document.querySelectorAll('tr.detail svg .e-conflict').length"
        )
        .as_u64()
        .unwrap()
            >= 1,
        "the graph joins the conflicting values"
    );
    assert_eq!(
        eval(
            &tab,
            "document.getElementById('target').getAttribute('aria-expanded')"
        ),
        "true"
    );

    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&out).unwrap();
    // Tall enough for the summary, the table and the opened evidence with its graph.
    viewport(&tab, 1280, 1500, false);
    let png = tab
        .capture_screenshot(CaptureScreenshotFormatOption::Png, None, None, true)
        .unwrap();
    assert!(png.starts_with(b"\x89PNG"));
    viewport(&tab, 1280, 900, false);
    std::fs::write(out.join("report-seed.png"), &png).unwrap();

    // Words of a quote find the findings citing it (and any other mentioning them).
    let words = "en 2014";
    let mentioning = findings
        .iter()
        .filter(|f| {
            let own = ["id", "subject", "explanation"]
                .iter()
                .any(|k| f[*k].as_str().unwrap().to_lowercase().contains(words));
            own || f["claims"].as_array().unwrap().iter().any(|c| {
                ["article", "text", "value", "quote"]
                    .iter()
                    .any(|k| c[*k].as_str().unwrap().to_lowercase().contains(words))
            })
        })
        .count();
    assert!(mentioning >= 1 && mentioning < findings.len());
    eval(
        &tab,
        &format!(
            "(() => {{ const q = document.getElementById('q'); q.value = {words:?}; q.dispatchEvent(new Event('input')); }})()"
        ),
    );
    assert_eq!(wait_for(&tab, ROWS, &Value::from(mentioning)), mentioning);
    eval(
        &tab,
        "(() => { const q = document.getElementById('q'); q.value = ''; q.dispatchEvent(new Event('input')); })()",
    );
    assert_eq!(
        wait_for(&tab, ROWS, &Value::from(findings.len())),
        findings.len()
    );

    // Sorting by severity, least severe first, puts the contradiction last.
    tab.wait_for_element("th[data-sort=severity] button")
        .unwrap()
        .click()
        .unwrap();
    assert_eq!(
        eval(
            &tab,
            "[...document.querySelectorAll('#findings tbody .sev')].map(b => b.textContent).pop()"
        ),
        "contradiction"
    );
    assert_eq!(
        eval(
            &tab,
            "document.querySelector('th[data-sort=severity]').getAttribute('aria-sort')"
        ),
        "ascending"
    );
    tab.wait_for_element("th[data-sort=severity] button")
        .unwrap()
        .click()
        .unwrap();

    // By keyboard: Enter on a focused row button opens it, Escape closes it.
    let second = findings
        .iter()
        .find(|f| f["id"] != contradiction["id"])
        .unwrap();
    let row2 = format!(
        "[...document.querySelectorAll('#findings tbody tr.finding')].find(r => r.textContent.includes({:?}))",
        second["subject"].as_str().unwrap()
    );
    eval(&tab, &format!("{row2}.querySelector('.open-row').focus()"));
    tab.press_key("Enter").unwrap();
    assert_eq!(
        wait_for(
            &tab,
            "document.querySelectorAll('tr.detail').length",
            &Value::from(2)
        ),
        2
    );
    let details = |n: usize| {
        wait_for(
            &tab,
            "document.querySelectorAll('tr.detail').length",
            &Value::from(n),
        )
    };
    // Escape on the row's button closes it; so does Escape from inside the evidence.
    tab.press_key("Escape").unwrap();
    assert_eq!(details(1), 1);
    tab.press_key("Enter").unwrap();
    assert_eq!(details(2), 2);
    eval(
        &tab,
        &format!(
            "(() => {{ const side = {row2}.nextElementSibling.querySelector('.side'); \
             side.tabIndex = -1; side.focus(); }})()"
        ),
    );
    tab.press_key("Escape").unwrap();
    assert_eq!(details(1), 1);
    assert_eq!(
        eval(
            &tab,
            "document.activeElement.classList.contains('open-row')"
        ),
        true,
        "focus goes back to the row"
    );

    // On paper: no controls, the rows and the opened evidence kept.
    tab.call_method(Emulation::SetEmulatedMedia {
        media: Some("print".into()),
        features: None,
    })
    .unwrap();
    assert_eq!(
        eval(
            &tab,
            "getComputedStyle(document.getElementById('controls')).display"
        ),
        "none"
    );
    assert_eq!(
        eval(
            &tab,
            "[...document.querySelectorAll('tr.finding, tr.detail')].every(r => getComputedStyle(r).display !== 'none')"
        ),
        true
    );
    let paper = tab
        .capture_screenshot(CaptureScreenshotFormatOption::Png, None, None, true)
        .unwrap();
    std::fs::write(out.join("report-seed-print.png"), &paper).unwrap();
    tab.call_method(Emulation::SetEmulatedMedia {
        media: Some(String::new()),
        features: None,
    })
    .unwrap();

    // A phone's width: nothing wider than the screen.
    viewport(&tab, 390, 844, true);
    assert_eq!(
        wait_for(
            &tab,
            "document.documentElement.scrollWidth <= window.innerWidth",
            &Value::Bool(true)
        ),
        true,
        "the page scrolls sideways on a phone"
    );
    eval(
        &tab,
        "document.querySelector('tr.detail figure.graph').scrollIntoView()",
    );
    let phone = tab
        .capture_screenshot(CaptureScreenshotFormatOption::Png, None, None, true)
        .unwrap();
    std::fs::write(out.join("report-seed-phone.png"), &phone).unwrap();

    let problems = problems.lock().unwrap();
    assert!(problems.is_empty(), "console problems: {problems:#?}");
}

/// Load and filter times of a large report, measured by hand (never asserted: a loaded
/// machine must not fail a build). See docs/testing.md.
///
/// ```text
/// CLAIMCHECK_REPORT=/tmp/big.html cargo test --test browser -- --ignored --nocapture
/// ```
#[test]
#[ignore = "a measurement: run by hand on a large report"]
fn measure_a_large_report() {
    let (Some(chromium), Some(page)) = (chromium(), std::env::var_os("CLAIMCHECK_REPORT")) else {
        eprintln!("set CLAIMCHECK_REPORT to the page to measure");
        return;
    };
    let page = std::fs::canonicalize(page).unwrap();
    let profile = tempfile::tempdir().unwrap();
    let browser = launch(profile.path(), chromium);
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(600));
    let start = Instant::now();
    tab.navigate_to(&format!("file://{}", page.display()))
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    tab.wait_for_element("#findings tbody tr.finding").unwrap();
    eprintln!("wall clock to first rows: {:?}", start.elapsed());
    let ready = eval(
        &tab,
        "performance.getEntriesByName('claimcheck-ready')[0].startTime",
    );
    let loaded = eval(
        &tab,
        "performance.getEntriesByType('navigation')[0].loadEventEnd",
    );
    eprintln!("page ready {ready} ms after navigation start; load event at {loaded} ms");
    eprintln!(
        "script started at {} ms, data parsed at {} ms, indexed at {} ms",
        eval(
            &tab,
            "performance.getEntriesByName('claimcheck-start')[0].startTime"
        ),
        eval(
            &tab,
            "performance.getEntriesByName('claimcheck-parsed')[0].startTime"
        ),
        eval(
            &tab,
            "performance.getEntriesByName('claimcheck-indexed')[0].startTime"
        ),
    );
    let searchable = "performance.getEntriesByName('claimcheck-searchable').length";
    wait_for(&tab, searchable, &Value::from(1));
    eprintln!(
        "search index folded in the background by {} ms",
        eval(
            &tab,
            "performance.getEntriesByName('claimcheck-searchable')[0].startTime"
        )
    );
    eprintln!(
        "findings: {}, rows drawn: {}",
        eval(&tab, "document.getElementById('count').textContent"),
        eval(&tab, ROWS)
    );
    // Each filter: the time to apply it and draw the next frame.
    let timed = |label: &str, js: &str| {
        let ms = tab
            .evaluate(
                &format!(
                    "new Promise((done) => {{ const t = performance.now(); {js}; \
                     requestAnimationFrame(() => setTimeout(() => done(performance.now() - t))); }})"
                ),
                true,
            )
            .unwrap()
            .value;
        eprintln!(
            "{label}: {} ms, {} rows drawn, {}",
            ms.unwrap_or(Value::Null),
            eval(&tab, ROWS),
            eval(&tab, "document.getElementById('count').textContent")
        );
    };
    let set = |id: &str, value: &str, event: &str| {
        format!(
            "const e = document.getElementById({id:?}); e.value = {value:?}; \
             e.dispatchEvent(new Event({event:?}))"
        )
    };
    timed(
        "severity = contradiction",
        &set("f-severity", "contradiction", "change"),
    );
    timed("severity = all", &set("f-severity", "", "change"));
    let article = eval(
        &tab,
        "document.getElementById('f-article').options[1].value",
    );
    timed(
        "article = first",
        &set("f-article", article.as_str().unwrap_or(""), "change"),
    );
    timed("article = all", &set("f-article", "", "change"));
    timed("search \"drones\"", &set("q", "drones", "change"));
    timed("search \"koursk 2024\"", &set("q", "koursk 2024", "change"));
    timed("search cleared", &set("q", "", "change"));
    timed(
        "sort by subject",
        "document.querySelector('th[data-sort=subject] button').click()",
    );
    timed(
        "open the first row",
        "document.querySelector('#findings tbody .open-row').click()",
    );
    timed(
        "next chunk of rows",
        "document.getElementById('more').click()",
    );
}
