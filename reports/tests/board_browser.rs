//! The HTML leaderboard in a real browser: headless Chromium (Debian's
//! package) loads the report of a run over several models, and the test
//! clicks column headers and checks that the rows reorder, applies filters
//! and checks that rows hide and the leaderboard is recomputed over the
//! problems shown, counts one curve per model (plus the reference) in every
//! problem's chart, and saves screenshots and the page itself as CI
//! artefacts: `<target>/board-screenshot.png` (the top of the page),
//! `<target>/board-curves.png` (a problem's curves) and
//! `<target>/board-report.html`.
//!
//! Chromium is found through `$EFFGAUGE_CHROMIUM`, else `chromium`,
//! `chromium-browser` or `google-chrome` on the `PATH`, and driven over its
//! DevTools protocol ([`chromium`]). Without it the test fails, unless
//! `EFFGAUGE_SKIP_BROWSER_TEST=1` allows skipping (`.ci/run` installs it, so
//! CI always runs it).

mod chromium;
mod fixture;

use chromium::Chromium;
use effgauge_reports::schema::{ModelResult, ResultsFile};
use effgauge_reports::{HtmlRenderer, Renderer};
use fixture::{problem_facts, run};
use std::path::{Path, PathBuf};

const SKIP_VAR: &str = "EFFGAUGE_SKIP_BROWSER_TEST";
fn target_dir() -> PathBuf {
    // CARGO_TARGET_TMPDIR is `<target dir>/tmp`.
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target directory")
        .to_path_buf()
}

fn launch() -> Option<Chromium> {
    let Some(binary) = chromium::find() else {
        let allowed = std::env::var(SKIP_VAR).is_ok_and(|v| v == "1");
        assert!(
            allowed,
            "Chromium not found: install Debian's `chromium` (apt-get install chromium), point \
             $EFFGAUGE_CHROMIUM at a Chromium, or set {SKIP_VAR}=1 to skip this test"
        );
        eprintln!(
            "\n!!!!!!!!!! SKIPPED: the HTML leaderboard's browser test did not run: no Chromium \
             found and {SKIP_VAR}=1 !!!!!!!!!!\n"
        );
        return None;
    };
    Some(Chromium::launch(
        &binary,
        Path::new(env!("CARGO_TARGET_TMPDIR")),
    ))
}

fn texts(tab: &mut Chromium, selector: &str) -> Vec<String> {
    let json = tab.eval(&format!(
        "JSON.stringify(Array.from(document.querySelectorAll({selector:?})).map(e => e.textContent.trim()))"
    ));
    serde_json::from_str(json.as_str().expect("a JSON string")).unwrap()
}

fn count(tab: &mut Chromium, selector: &str) -> u64 {
    tab.eval(&format!("document.querySelectorAll({selector:?}).length"))
        .as_u64()
        .unwrap()
}

const LEADERBOARD_MODELS: &str = "#leaderboard-table tbody th";
const VISIBLE_PROBLEM_ROWS: &str = "#problems-table tbody tr:not([hidden])";

#[test]
fn the_leaderboard_sorts_filters_and_draws_curves_in_chromium() {
    let problems = 12;
    let results = run(5, problems);
    let page = render(&results, "board-report.html");
    let Some(mut browser) = launch() else {
        return;
    };
    let tab = &mut browser;
    tab.navigate(&format!("file://{}", page.display()));

    // Ranked by eff@1 as rendered.
    let ranked = texts(tab, LEADERBOARD_MODELS);
    let mut by_eff: Vec<&ModelResult> = results.models.iter().collect();
    by_eff.sort_by(|a, b| {
        let eff = |m: &ModelResult| m.summary.metrics[1].value.unwrap();
        eff(b).total_cmp(&eff(a))
    });
    assert_eq!(
        ranked,
        by_eff.iter().map(|m| m.model.clone()).collect::<Vec<_>>()
    );

    // Sorting by model name: a click on the header's button, A to Z, then Z to A.
    let name_button = "#leaderboard-table thead th:nth-child(2) button";
    tab.click(name_button);
    let mut alphabetical = ranked.clone();
    alphabetical.sort();
    assert_ne!(
        alphabetical, ranked,
        "the fixture's rank is not alphabetical"
    );
    assert_eq!(texts(tab, LEADERBOARD_MODELS), alphabetical);
    assert_eq!(
        tab.eval("document.querySelector('#leaderboard-table thead th:nth-child(2)').getAttribute('aria-sort')"),
        "ascending"
    );
    tab.click(name_button);
    alphabetical.reverse();
    assert_eq!(texts(tab, LEADERBOARD_MODELS), alphabetical);
    // Only one column says it is sorted.
    assert_eq!(count(tab, "#leaderboard-table thead th[aria-sort]"), 1);

    // Every column sorts: each header of the problems table reorders its rows
    // (or keeps an order already sorted by it), and says so.
    let columns = count(tab, "#problems-table thead th");
    assert_eq!(columns, 5 + results.models.len() as u64);
    for c in 1..=columns {
        let th = format!("#problems-table thead th:nth-child({c})");
        tab.click(&format!("{th} button"));
        let order = tab.eval(&format!(
            "document.querySelector('{th}').getAttribute('aria-sort')"
        ));
        assert!(
            order == "ascending" || order == "descending",
            "column {c}: {order}"
        );
        let keys = tab.eval(&format!(
                "JSON.stringify(Array.from(document.querySelectorAll('#problems-table tbody tr')).map(r => r.cells[{}].getAttribute('data-sort-value')))",
                c - 1
            ),
        );
        let keys: Vec<String> = serde_json::from_str(keys.as_str().unwrap()).unwrap();
        assert!(
            is_sorted(&keys, order == "ascending", c > 3),
            "column {c} {order}: {keys:?}"
        );
    }

    // A filter by tag hides the other problems' rows and sections, and the
    // leaderboard's eff@1 becomes the mean over the problems shown.
    let tagged: Vec<usize> = (0..problems)
        .filter(|&p| problem_facts(p).1.iter().any(|t| t == "graphs"))
        .collect();
    assert!(!tagged.is_empty() && tagged.len() < problems);
    tab.eval(
        "(() => { const s = document.getElementById('filter-tag'); s.value = 'graphs'; \
         s.dispatchEvent(new Event('change')); return true; })()",
    );
    assert_eq!(count(tab, VISIBLE_PROBLEM_ROWS), tagged.len() as u64);
    assert_eq!(
        count(tab, "details.problem:not([hidden])"),
        tagged.len() as u64
    );
    let shown_eff = tab.eval(
        "(() => { const row = Array.from(document.querySelectorAll('#leaderboard-table tbody tr'))\
         .find(r => r.querySelector('th').textContent === 'alpha-small'); \
         return row.querySelector('td[data-metric=\"eff@1\"]').textContent; })()",
    );
    let alpha = results
        .models
        .iter()
        .find(|m| m.model == "alpha-small")
        .unwrap();
    let expected: f64 = tagged
        .iter()
        .map(|&p| alpha.problems[p].metrics[1].value.unwrap())
        .sum::<f64>()
        / tagged.len() as f64;
    assert_eq!(shown_eff, format!("{expected:.3}"));
    assert!(tab
        .eval("document.getElementById('filter-status').textContent")
        .as_str()
        .unwrap()
        .starts_with(&format!("{} of {problems} problems shown", tagged.len())));

    // Typing in the name filter narrows further; "Show all" brings every row back.
    tab.type_into("#filter-text", "task-01");
    let narrowed = tagged
        .iter()
        .filter(|&&p| problem_facts(p).0.starts_with("task-01"))
        .count();
    assert_eq!(count(tab, VISIBLE_PROBLEM_ROWS), narrowed as u64);
    tab.click("#filters button[type=reset]");
    tab.wait_until(&format!(
        "document.querySelectorAll({VISIBLE_PROBLEM_ROWS:?}).length === {problems}"
    ));

    // Every problem's chart: one curve per model plus the reference's, and
    // each drawn: a path through its levels, or (stopped at the first
    // weighted level already) a triangle at the limit.
    let per_section = tab.eval("JSON.stringify(Array.from(document.querySelectorAll('details.problem')).map(d => { \
           const curves = Array.from(d.querySelectorAll('svg.curves path.curve')); \
           const drawn = curves.filter(p => p.getAttribute('d').startsWith('M') || \
             Array.from(d.querySelectorAll('svg.curves path.floor-mark')) \
               .some(m => m.getAttribute('data-model') === p.getAttribute('data-model'))); \
           return [curves.length, d.querySelectorAll('svg.curves path.curve.reference').length, drawn.length]; }))",
    );
    let per_section: Vec<[u64; 3]> = serde_json::from_str(per_section.as_str().unwrap()).unwrap();
    let lines = results.models.len() as u64 + 1;
    assert_eq!(per_section, vec![[lines, 1, lines]; problems]);
    // The fixture has models stopped by the limit: their triangles are drawn.
    assert!(count(tab, "svg.curves path.floor-mark") > 0);

    screenshots(tab);
}

/// Writes the report of `results` to `<target>/<file>`.
fn render(results: &ResultsFile, file: &str) -> PathBuf {
    let html = HtmlRenderer.render(std::slice::from_ref(results)).unwrap();
    let page = target_dir().join(file);
    std::fs::write(&page, &html).unwrap();
    page
}

/// 20 models and 200 problems: the page loads, sorts 200 rows and filters
/// them, and every problem has its 21 curves.
#[test]
fn a_board_of_twenty_models_and_two_hundred_problems_works_in_chromium() {
    let results = run(20, 200);
    let page = render(&results, "board-report-20x200.html");
    let Some(mut browser) = launch() else {
        return;
    };
    let tab = &mut browser;
    tab.navigate(&format!("file://{}", page.display()));
    assert_eq!(count(tab, "#problems-table tbody tr"), 200);
    let curves = tab.eval(
        "Array.from(document.querySelectorAll('details.problem')).every(d => \
         d.querySelectorAll('svg.curves path.curve').length === 21)",
    );
    assert_eq!(curves, true);
    // Sort the problems by the last model's eff@1, lowest first.
    let last = "#problems-table thead th:last-child";
    tab.click(&format!("{last} button"));
    tab.click(&format!("{last} button"));
    assert_eq!(
        tab.eval(&format!(
            "document.querySelector('{last}').getAttribute('aria-sort')"
        )),
        "ascending"
    );
    let keys = tab.eval(
        "JSON.stringify(Array.from(document.querySelectorAll('#problems-table tbody tr')).map(r => r.lastElementChild.getAttribute('data-sort-value')))",
    );
    let keys: Vec<String> = serde_json::from_str(keys.as_str().unwrap()).unwrap();
    assert!(is_sorted(&keys, true, true), "{keys:?}");
    tab.eval(
        "(() => { const s = document.getElementById('filter-difficulty'); s.value = 'hard'; \
         s.dispatchEvent(new Event('change')); return true; })()",
    );
    let hard = (0..200).filter(|&p| problem_facts(p).2 == "hard").count();
    assert_eq!(count(tab, VISIBLE_PROBLEM_ROWS), hard as u64);
}

/// Whether `keys` (data-sort-value strings, empty = last) are in order.
fn is_sorted(keys: &[String], ascending: bool, numeric: bool) -> bool {
    let present: Vec<&String> = keys.iter().take_while(|k| !k.is_empty()).collect();
    let ordered = present.windows(2).all(|w| {
        let order = if numeric {
            w[0].parse::<f64>()
                .unwrap()
                .total_cmp(&w[1].parse::<f64>().unwrap())
        } else {
            w[0].to_lowercase().cmp(&w[1].to_lowercase())
        };
        if ascending {
            order.is_le()
        } else {
            order.is_ge()
        }
    });
    ordered && keys[present.len()..].iter().all(|k| k.is_empty())
}

/// The top of the page, and the first problem opened at its curves.
fn screenshots(tab: &mut Chromium) {
    let png = |tab: &mut Chromium, file: &str| {
        let bytes = tab.screenshot();
        assert_eq!(&bytes[..4], b"\x89PNG");
        let path = target_dir().join(file);
        std::fs::write(&path, bytes).unwrap();
        eprintln!("screenshot: {}", path.display());
    };
    tab.eval("window.scrollTo(0, 0)");
    png(tab, "board-screenshot.png");
    tab.click("details.problem summary");
    assert_eq!(
        tab.eval("document.querySelector('details.problem').open"),
        true
    );
    // Clear of the sticky filter bar.
    tab.eval(
        "window.scrollTo(0, document.querySelector('details.problem').getBoundingClientRect().top \
         + window.scrollY - document.getElementById('filters').offsetHeight - 24)",
    );
    png(tab, "board-curves.png");
}
