//! What the page holds, checked on the text: figures, escaping, the
//! absence of external resources. How it behaves (sorting, filters, the
//! curves as drawn) is checked in a real browser by
//! `reports/tests/board_browser.rs`.

use super::*;
use crate::testdata::{file, growth, model};

#[test]
fn self_contained_page_with_figures() {
    let html = HtmlRenderer
        .render(&[file(vec![
            model("alpha", 0.8125, 1.0),
            model("beta", 0.5, 0.0),
        ])])
        .unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.ends_with("</html>\n"));
    assert!(html.contains("<svg class=\"chart\""));
    assert!(html.contains("<svg class=\"curves\""));
    assert!(
        html.contains("0.812 <span class=\"ci\">[0.75, 0.87]</span>"),
        "{html}"
    );
    assert!(html.contains(&"ab".repeat(32)), "runtime sha256");
    assert!(html.contains(&"cd".repeat(32)), "suite hash");
    assert!(html.contains("<dd>48.0.8</dd>"));
    assert!(html.contains("1.23×"));
    // No network: one inline script, no external reference of any kind.
    assert_eq!(
        html.matches("<script").count(),
        2,
        "the script and its data"
    );
    assert!(!html.contains(" src="));
    assert!(!html.contains("<link"));
    assert!(!html.contains("http://") || only_svg_namespace(&html));
    assert!(!html.contains("https://"));
    assert!(!html.contains("url("));
    assert!(!html.contains("fetch(") && !html.contains("XMLHttpRequest"));
}

fn only_svg_namespace(html: &str) -> bool {
    html.matches("http://").count() == html.matches("http://www.w3.org/2000/svg").count()
}

#[test]
fn tables_are_accessible() {
    let html = HtmlRenderer
        .render(&[file(vec![
            model("alpha", 0.8, 1.0),
            model("beta", 0.5, 0.0),
        ])])
        .unwrap();
    // Every column header is a scoped header with a sort button; only the
    // column the rows are ranked by says it is sorted.
    let headers = html.matches("<th scope=\"col\"").count();
    assert!(headers > 10, "{headers}");
    assert_eq!(
        headers,
        html.matches("<button type=\"button\" class=\"sort\">")
            .count()
    );
    assert_eq!(html.matches("aria-sort=\"").count(), 1);
    assert!(html.contains("<th scope=\"col\" data-sort=\"number\" aria-sort=\"descending\"><button type=\"button\" class=\"sort\">eff@1</button></th>"));
    assert!(html.contains("<th scope=\"row\" class=\"model\" data-sort-value=\"alpha\">alpha</th>"));
    assert!(html.contains("aria-live=\"polite\""));
    assert!(html.contains("@media print"));
}

#[test]
fn curves_and_growth_are_drawn_per_problem() {
    let mut slow = model("slow", 0.3, 0.0);
    // On p/1 the slow model was stopped by the limit at level 2.
    let s = &mut slow.problems[0].samples[0];
    s.verdict = crate::schema::Verdict::Censored;
    s.status = crate::schema::Status::Timeout;
    s.failed_at = Some(crate::schema::CaseRef { level: 2, case: 0 });
    s.level_cost = vec![Some(10), Some(300), None, None];
    s.growth = vec![growth(1, 2, 1.415, true)];
    let html = HtmlRenderer
        .render(&[file(vec![model("fast", 0.9, 1.0), slow])])
        .unwrap();
    // Two problems, each a section with one curve per model and the
    // reference, for cost and for memory.
    assert_eq!(html.matches("<details class=\"problem\"").count(), 2);
    assert_eq!(html.matches("<svg class=\"curves\"").count(), 2);
    assert_eq!(html.matches("<svg class=\"memory-curves\"").count(), 2);
    assert_eq!(html.matches("<path class=\"curve").count(), 2 * 2 * 3);
    assert_eq!(
        html.matches("<path class=\"curve reference\"").count(),
        2 * 2
    );
    assert!(html.contains("memory (bytes)</text>"));
    assert_eq!(html.matches("<path class=\"limit\"").count(), 2);
    // The stopped sample ends on a floor at the limit.
    assert_eq!(html.matches("<path class=\"floor-mark\"").count(), 1);
    assert!(html.contains("cost at least 800"), "{html}");
    assert!(html.contains("≥ n^1.4 (stopped by its cost limit) where the reference is n^1.0"));
    assert!(html.contains("steepest: slow ≥ n^1.4"));
}

#[test]
fn pairwise_counts_wins_with_an_interval() {
    // alpha scores 1.0 on p/1, beta 0.0; both 0.5 on p/2.
    let html = HtmlRenderer
        .render(&[file(vec![
            model("alpha", 0.8, 1.0),
            model("beta", 0.5, 0.0),
        ])])
        .unwrap();
    assert!(
        html.contains("alpha beats beta on 1 of 2 problems, loses on 0, ties on 1"),
        "{html}"
    );
    assert!(html.contains("beta beats alpha on 0 of 2 problems, loses on 1, ties on 1"));
    // Clopper–Pearson for 1 of 2: 1.3 %–98.7 %.
    assert!(
        html.contains(">1–0<br><span class=\"ci\">1–99 %</span>"),
        "{html}"
    );
}

#[test]
fn embedded_data_cannot_close_the_script() {
    let evil = "</script><script>alert(1)</script>";
    let mut m = model(evil, 0.5, 1.0);
    m.problems[0].tags = vec!["<!--".into()];
    let html = HtmlRenderer.render(&[file(vec![m])]).unwrap();
    assert_eq!(html.matches("</script>").count(), 2, "{html}");
    assert!(!html.contains("<!--"));
    let data = html
        .split("<script type=\"application/json\" id=\"board-data\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(data).unwrap();
    assert_eq!(value["entries"][0]["label"], evil);
    assert_eq!(value["problems"][0]["tags"][0], "<!--");
    assert_eq!(value["entries"][0]["problems"][0]["eff@1"], 1.0);
}

#[test]
fn escapes_model_names_everywhere() {
    let evil = "<script>alert(\"x\")</script>&'";
    let html = HtmlRenderer
        .render(&[file(vec![model(evil, 0.5, 1.0)])])
        .unwrap();
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;"));
}

#[test]
fn warnings_and_per_file_settings() {
    let mut a = file(vec![model("a", 0.5, 1.0)]);
    a.harness.alpha = 3.0;
    let html = HtmlRenderer
        .render(&[a, file(vec![model("b", 0.4, 1.0)])])
        .unwrap();
    assert!(
        html.contains("<div class=\"warning\">Warning: the files differ in α (3 vs 2)"),
        "{html}"
    );
    assert!(html.contains("Settings of file 1") && html.contains("Settings of file 2"));
}

#[test]
fn says_which_inputs_were_used() {
    let html = HtmlRenderer
        .render(&[file(vec![model("m", 0.5, 1.0)])])
        .unwrap();
    assert!(
        html.contains(
            "<p class=\"inputs\"><strong>Inputs:</strong> public seeds: the published inputs"
        ),
        "{html}"
    );
    assert!(
        html.contains("<dt>inputs</dt><dd>public seeds</dd>"),
        "{html}"
    );
    let mut held_out = file(vec![]);
    held_out.harness.inputs = Some(crate::schema::Inputs::HeldOut);
    held_out.harness.salt_sha256 = Some("0123456789abcdef".repeat(4));
    // Also on a page without models.
    let html = HtmlRenderer.render(&[held_out]).unwrap();
    assert!(
        html.contains(
            "<p class=\"inputs\"><strong>Inputs:</strong> held-out (salt sha256 0123456789ab…): \
             drawn under a secret salt"
        ),
        "{html}"
    );
    assert!(
        html.contains("<dt>inputs</dt><dd>held-out (salt sha256 0123456789ab…)</dd>"),
        "{html}"
    );
}

#[test]
fn empty_results() {
    let html = HtmlRenderer.render(&[file(vec![])]).unwrap();
    assert!(html.contains("No models in the results."));
}

/// 20 models and 200 problems: every curve is drawn, and the page stays a
/// size a browser opens at once.
#[test]
fn twenty_models_and_two_hundred_problems() {
    let models: Vec<_> = (0..20)
        .map(|i| {
            let mut m = model(&format!("model-{i:02}"), i as f64 / 20.0, 0.5);
            let template = m.problems[0].clone();
            m.problems = (0..200)
                .map(|p| crate::schema::ProblemResult {
                    task_id: format!("problem-{p:03}"),
                    ..template.clone()
                })
                .collect();
            m
        })
        .collect();
    let html = HtmlRenderer.render(&[file(models)]).unwrap();
    assert_eq!(html.matches("<details class=\"problem\"").count(), 200);
    // Cost and memory: two charts per problem.
    assert_eq!(html.matches("<path class=\"curve").count(), 2 * 200 * 21);
    assert_eq!(html.matches("<tr data-problem=").count(), 200);
    eprintln!("20 models × 200 problems: {} bytes", html.len());
    assert!(html.len() < 12 << 20, "{} bytes", html.len());
}
