//! The inline SVG bar chart of the HTML page and the colour scale of its
//! per-problem cells, drawn by hand: no external resource, every text
//! escaped. (The scaling curves are in `html/plot.rs`.)

use super::html::escape;
use std::fmt::Write;

/// One bar of a bar chart.
pub struct Bar<'a> {
    pub label: &'a str,
    pub value: Option<f64>,
    pub ci: Option<(f64, f64)>,
}

const LABEL_W: f64 = 230.0;
const PLOT_W: f64 = 460.0;
const ROW_H: f64 = 26.0;

/// Horizontal bars with 95 % interval whiskers and a dashed line at 1 (the
/// reference solution's score).
pub fn bar_chart(title: &str, bars: &[Bar]) -> String {
    let max = bars
        .iter()
        .flat_map(|b| [b.value, b.ci.map(|c| c.1)])
        .flatten()
        .filter(|v| v.is_finite())
        .fold(1.0_f64, f64::max);
    let max = (max * 10.0 - 1e-9).ceil() / 10.0;
    let x = |v: f64| LABEL_W + (v.max(0.0) / max) * PLOT_W;
    let height = 30.0 + ROW_H * bars.len() as f64 + 24.0;
    let width = LABEL_W + PLOT_W + 70.0;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg"><title>{}</title>"#,
        escape(title)
    );
    let bottom = 30.0 + ROW_H * bars.len() as f64;
    // Axis ticks every 0.2 (every 0.5 beyond 2).
    let step = if max > 2.0 { 0.5 } else { 0.2 };
    for i in 0..=((max / step + 1e-9).floor() as usize) {
        let t = i as f64 * step;
        let tx = x(t);
        let _ = write!(
            s,
            r##"<line x1="{tx:.1}" y1="24" x2="{tx:.1}" y2="{bottom}" stroke="#e3e3e3"/><text x="{tx:.1}" y="{:.1}" class="tick" text-anchor="middle">{t:.1}</text>"##,
            bottom + 16.0
        );
    }
    let one = x(1.0);
    let _ = write!(
        s,
        r##"<line x1="{one:.1}" y1="20" x2="{one:.1}" y2="{bottom}" stroke="#555" stroke-dasharray="4 3"/><text x="{one:.1}" y="14" class="tick" text-anchor="middle">reference = 1</text>"##
    );
    for (i, b) in bars.iter().enumerate() {
        let y = 30.0 + ROW_H * i as f64;
        let mid = y + ROW_H / 2.0;
        let _ = write!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end" class="label">{}<title>{}</title></text>"#,
            LABEL_W - 8.0,
            mid + 4.0,
            escape(&truncate(b.label, 30)),
            escape(b.label)
        );
        let Some(v) = b.value.filter(|v| v.is_finite()) else {
            let _ = write!(
                s,
                r#"<text x="{:.1}" y="{:.1}" class="na">n/a</text>"#,
                LABEL_W + 4.0,
                mid + 4.0
            );
            continue;
        };
        let ci_text =
            b.ci.map(|(lo, hi)| format!(" [{lo:.2}, {hi:.2}]"))
                .unwrap_or_default();
        let _ = write!(
            s,
            r##"<rect x="{LABEL_W}" y="{:.1}" width="{:.1}" height="{:.1}" fill="#4c78a8"><title>{}: {v:.3}{ci_text}</title></rect>"##,
            y + 4.0,
            x(v) - LABEL_W,
            ROW_H - 8.0,
            escape(b.label)
        );
        if let Some((lo, hi)) = b.ci {
            let (l, h) = (x(lo), x(hi));
            let _ = write!(
                s,
                r##"<g stroke="#222" stroke-width="1.5"><line x1="{l:.1}" y1="{mid:.1}" x2="{h:.1}" y2="{mid:.1}"/><line x1="{l:.1}" y1="{:.1}" x2="{l:.1}" y2="{:.1}"/><line x1="{h:.1}" y1="{:.1}" x2="{h:.1}" y2="{:.1}"/></g>"##,
                mid - 5.0,
                mid + 5.0,
                mid - 5.0,
                mid + 5.0
            );
        }
        let _ = write!(
            s,
            r#"<text x="{:.1}" y="{:.1}" class="value">{v:.3}</text>"#,
            x(b.ci.map_or(v, |c| c.1.max(v))) + 6.0,
            mid + 4.0
        );
    }
    s.push_str("</svg>");
    s
}

/// A per-problem score's colour: red → yellow → green over [0, 1], darker
/// green above 1.
pub(crate) fn color(v: f64) -> String {
    const STOPS: [(f64, [f64; 3]); 4] = [
        (0.0, [215.0, 48.0, 39.0]),
        (0.5, [254.0, 224.0, 139.0]),
        (1.0, [102.0, 189.0, 99.0]),
        (2.0, [0.0, 104.0, 55.0]),
    ];
    let v = if v.is_finite() {
        v.clamp(0.0, 2.0)
    } else {
        0.0
    };
    let mut rgb = STOPS[3].1;
    for w in STOPS.windows(2) {
        let ((a, ca), (b, cb)) = (w[0], w[1]);
        if v <= b {
            let t = (v - a) / (b - a);
            rgb = [0, 1, 2].map(|k| ca[k] + (cb[k] - ca[k]) * t);
            break;
        }
    }
    format!(
        "#{:02x}{:02x}{:02x}",
        rgb[0].round() as u8,
        rgb[1].round() as u8,
        rgb[2].round() as u8
    )
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colors() {
        assert_eq!(color(0.0), "#d73027");
        assert_eq!(color(1.0), "#66bd63");
        assert_eq!(color(5.0), "#006837");
        assert_eq!(color(f64::NAN), "#d73027");
    }

    #[test]
    fn chart_escapes_and_scales_past_one() {
        let svg = bar_chart(
            "t",
            &[
                Bar {
                    label: "<b>&",
                    value: Some(1.4),
                    ci: Some((1.1, 1.6)),
                },
                Bar {
                    label: "x",
                    value: None,
                    ci: None,
                },
            ],
        );
        assert!(svg.contains("&lt;b&gt;&amp;"));
        assert!(!svg.contains("<b>"));
        assert!(svg.contains(">1.6<"), "axis reaches the whisker");
        assert!(svg.contains(">n/a<"));
    }
}
