//! Values worked out by hand for the ENAMEL score and its censoring rules,
//! the efficient verdicts and the speedup.
//!
//! Common setup (default ENAMEL configuration): α = 2, weights h = (0, 3, 3, 4),
//! Σh = 10, reference costs t* = (1, 10, 20, 40) at levels 0..3.
//! Single limit T = α · max_{l ≥ 1} t*_l = 2 · 40 = 80, so the denominators
//! T − t*_l are 70, 60, 40 at levels 1, 2, 3.

use effgauge_metrics::*;

const REF: [f64; 4] = [1.0, 10.0, 20.0, 40.0];

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

fn score(sample: &SampleCosts) -> f64 {
    sample_score(sample, &REF, &EffConfig::default()).unwrap()
}

#[test]
fn censored_at_level_2_keeps_level_1_and_counts_as_correct() {
    // Level 0 cost 1 (weight 0), level 1 cost 24: f_1 = (80 − 24)/70 = 56/70 = 0.8.
    // Censored at level 2: f_2 = f_3 = 0.  e = (3·0.8 + 3·0 + 4·0)/10 = 0.24.
    let s = SampleCosts::censored(2, &[1.0, 24.0], 4);
    assert!(close(score(&s), 0.24));
    assert!(s.verdict.is_correct());
    // Correct but censored: never efficient (no complete cost).
    let cfg = EffConfig::default();
    assert!(!is_efficient(&s, &REF, &cfg, EfficiencyRule::Total).unwrap());
}

#[test]
fn censored_at_level_1_is_correct_but_scores_0() {
    // Level 0 passed (weight 0, contributes nothing); f_1 = f_2 = f_3 = 0 → e = 0.
    // Still correct for pass@k: pass@1 over {this, wrong} = 1/2.
    let s = SampleCosts::censored(1, &[1.0], 4);
    assert_eq!(score(&s), 0.0);
    assert!(s.verdict.is_correct());
    let problem = Problem {
        reference: REF.to_vec(),
        samples: vec![s, SampleCosts::wrong(4)],
    };
    let summary = summarize(&problem, &EffConfig::default()).unwrap();
    assert_eq!(summary.correct, 1);
    assert!(close(summary.value(Metric::Pass, 1).unwrap(), 0.5));
    assert_eq!(summary.value(Metric::Eff, 2), Some(0.0));
    assert_eq!(summary.speedup(), None);
}

#[test]
fn wrong_or_censored_at_level_0_is_incorrect_and_scores_0() {
    // A wrong answer anywhere, or a limit hit on the correctness tests:
    // incorrect, every f_l = 0, e = 0, whatever costs were recorded.
    let wrong = SampleCosts {
        verdict: Verdict::Wrong,
        level_costs: vec![Some(1.0), Some(1.0), Some(1.0), None],
    };
    assert_eq!(score(&wrong), 0.0);
    assert!(!wrong.verdict.is_correct());
    let censored_0 = SampleCosts::censored(0, &[], 4);
    assert_eq!(score(&censored_0), 0.0);
    assert!(!censored_0.verdict.is_correct());
}

#[test]
fn faster_than_reference_scores_above_1() {
    // Costs (1, 10, 8, 20):
    //   f_1 = (80 − 10)/70 = 1,  f_2 = (80 − 8)/60 = 72/60 = 1.2,  f_3 = (80 − 20)/40 = 1.5.
    //   e = (3·1 + 3·1.2 + 4·1.5)/10 = (3 + 3.6 + 6)/10 = 1.26.
    let s = SampleCosts::correct(&[1.0, 10.0, 8.0, 20.0]);
    assert!(close(score(&s), 1.26));
    // Clipped at 1: e = (3 + 3 + 4)/10 = 1.
    let clipped = EffConfig {
        clip: true,
        ..EffConfig::default()
    };
    assert!(close(sample_score(&s, &REF, &clipped).unwrap(), 1.0));
    // Per-level limits T_l = 2·t*_l = (2, 20, 40, 80), f_l = max(0, 2t*_l − t_l)/t*_l:
    //   f_1 = (20 − 10)/10 = 1,  f_2 = (40 − 8)/20 = 1.6,  f_3 = (80 − 20)/40 = 1.5.
    //   e = (3 + 4.8 + 6)/10 = 1.38.
    let per_level = EffConfig {
        limit: LimitMode::PerLevel,
        ..EffConfig::default()
    };
    assert!(close(sample_score(&s, &REF, &per_level).unwrap(), 1.38));
}

#[test]
fn slower_than_limit_scores_0_at_that_level() {
    // Costs (1, 75, 90, 40):
    //   f_1 = (80 − 75)/70 = 1/14,  f_2 = max(0, 80 − 90)/60 = 0,  f_3 = (80 − 40)/40 = 1.
    //   e = (3/14 + 0 + 4)/10 = (59/14)/10 = 59/140.
    let s = SampleCosts::correct(&[1.0, 75.0, 90.0, 40.0]);
    assert!(close(score(&s), 59.0 / 140.0));
}

#[test]
fn matching_the_reference_scores_exactly_1() {
    // f_l = (80 − t*_l)/(80 − t*_l) = 1 at every level, e = 10/10 = 1.
    assert!(close(score(&SampleCosts::correct(&REF)), 1.0));
}

#[test]
fn eff_at_k_on_the_hand_worked_scores() {
    // Scores sorted: 0 (wrong), 0.24 (censored at 2), 59/140, 1.26 (fast).
    // n = 4, k = 2: λ_4 = 2/4 = 1/2, λ_3 = 1/2·(1 − 1/3) = 1/3, λ_2 = 1/3·(1 − 1/2) = 1/6, λ_1 = 0.
    //   eff@2 = 0.24/6 + (59/140)/3 + 1.26/2.
    // Brute force over the 6 pairs: maxima 0.24, 59/140, 1.26, 59/140, 1.26, 1.26 → same sum / 6.
    let scores = [0.0, 0.24, 59.0 / 140.0, 1.26];
    let expected = 0.24 / 6.0 + (59.0 / 140.0) / 3.0 + 1.26 / 2.0;
    assert!(close(eff_at_k(&scores, 2).unwrap(), expected));
    assert!(close(
        eff_at_k(&scores, 1).unwrap(),
        (0.24 + 59.0 / 140.0 + 1.26) / 4.0
    ));
    assert_eq!(eff_at_k(&scores, 4), Some(1.26));
}

#[test]
fn efficient_total_versus_every_level() {
    let cfg = EffConfig::default();
    // Reference total over counted levels 1..3: 10 + 20 + 40 = 70.
    // Fast sample (1, 10, 8, 20): total 38 < 70 → efficient (Total);
    // but level 1 ties (10 < 10 is false) → not efficient (EveryLevel).
    let fast = SampleCosts::correct(&[1.0, 10.0, 8.0, 20.0]);
    assert!(is_efficient(&fast, &REF, &cfg, EfficiencyRule::Total).unwrap());
    assert!(!is_efficient(&fast, &REF, &cfg, EfficiencyRule::EveryLevel).unwrap());
    // (5, 9, 19, 39): every counted level strictly below; level 0 (5 > 1) is not counted.
    let strict = SampleCosts::correct(&[5.0, 9.0, 19.0, 39.0]);
    assert!(is_efficient(&strict, &REF, &cfg, EfficiencyRule::EveryLevel).unwrap());
    // Exactly the reference: total 70 < 70 is false.
    let same = SampleCosts::correct(&REF);
    assert!(!is_efficient(&same, &REF, &cfg, EfficiencyRule::Total).unwrap());
}

#[test]
fn zero_reference_cost_is_guarded() {
    // All counted reference costs 0 → T = 0 and T − t*_l = 0: f_l = 1 if t_l ≤ 0, else 0.
    let zero_ref = [0.0; 4];
    let cfg = EffConfig::default();
    let free = SampleCosts::correct(&[3.0, 0.0, 0.0, 0.0]);
    assert_eq!(sample_score(&free, &zero_ref, &cfg).unwrap(), 1.0);
    // (0, 0, 5, 0): f = (1, 0, 1) → e = (3 + 0 + 4)/10 = 0.7.
    let one_costly = SampleCosts::correct(&[0.0, 0.0, 5.0, 0.0]);
    assert!(close(
        sample_score(&one_costly, &zero_ref, &cfg).unwrap(),
        0.7
    ));
    // Per-level mode with t*_2 = 0 only: T_2 = 0; level 2 cost 1 → f_2 = 0,
    // f_1 = (20 − 10)/10 = 1, f_3 = (80 − 40)/40 = 1 → e = (3 + 0 + 4)/10 = 0.7.
    let per_level = EffConfig {
        limit: LimitMode::PerLevel,
        ..EffConfig::default()
    };
    let s = SampleCosts::correct(&[1.0, 10.0, 1.0, 40.0]);
    let r = sample_score(&s, &[1.0, 10.0, 0.0, 40.0], &per_level).unwrap();
    assert!(close(r, 0.7));
}

#[test]
fn invalid_inputs_are_errors() {
    let cfg = EffConfig::default();
    let ok = SampleCosts::correct(&REF);
    let short = SampleCosts::correct(&[1.0, 2.0]);
    assert!(matches!(
        sample_score(&short, &REF, &cfg),
        Err(MetricsError::LevelCountMismatch { what: "sample", .. })
    ));
    assert!(matches!(
        sample_score(&ok, &[1.0, 2.0, f64::NAN, 4.0], &cfg),
        Err(MetricsError::InvalidCost { level: 2, .. })
    ));
    let missing = SampleCosts {
        verdict: Verdict::Correct,
        level_costs: vec![None, Some(1.0), None, Some(1.0)],
    };
    assert_eq!(
        sample_score(&missing, &REF, &cfg),
        Err(MetricsError::MissingCost { level: 2 })
    );
    // Level 0 has weight 0, so its missing cost is never read.
    let no_level_0 = SampleCosts {
        verdict: Verdict::Correct,
        level_costs: vec![None, Some(10.0), Some(20.0), Some(40.0)],
    };
    assert!(close(sample_score(&no_level_0, &REF, &cfg).unwrap(), 1.0));
    let bad_alpha = EffConfig {
        alpha: 1.0,
        ..EffConfig::default()
    };
    assert_eq!(
        sample_score(&ok, &REF, &bad_alpha),
        Err(MetricsError::InvalidAlpha(1.0))
    );
    let out_of_range = SampleCosts::censored(4, &REF, 4);
    assert!(matches!(
        sample_score(&out_of_range, &REF, &cfg),
        Err(MetricsError::CensoredLevelOutOfRange {
            level: 4,
            levels: 4
        })
    ));
}

#[test]
fn problem_summary_and_speedup() {
    let cfg = EffConfig::default();
    let problem = Problem {
        reference: REF.to_vec(),
        samples: vec![
            SampleCosts::correct(&[1.0, 10.0, 8.0, 20.0]), // e = 1.26, total 38, efficient (Total)
            SampleCosts::correct(&[1.0, 75.0, 90.0, 40.0]), // e = 59/140, total 205
            SampleCosts::censored(2, &[1.0, 24.0], 4),     // e = 0.24, correct, no speedup
            SampleCosts::wrong(4),                         // e = 0
        ],
    };
    let s = summarize(&problem, &cfg).unwrap();
    assert_eq!((s.samples, s.correct), (4, 3));
    assert_eq!((s.efficient_total, s.efficient_every_level), (1, 0));
    assert_eq!(s.complete_correct, 2);
    // pass@1 = 3/4; efficient@1 (Total) = 1/4; efficient@1 (EveryLevel) = 0.
    assert!(close(s.value(Metric::Pass, 1).unwrap(), 0.75));
    assert!(close(
        s.value(Metric::Efficient(EfficiencyRule::Total), 1)
            .unwrap(),
        0.25
    ));
    assert_eq!(
        s.value(Metric::Efficient(EfficiencyRule::EveryLevel), 2),
        Some(0.0)
    );
    assert_eq!(s.value(Metric::Eff, 5), None);
    // Speedup over the two complete correct samples: 2·70/(38 + 205) = 140/243.
    assert!(close(s.speedup().unwrap(), 140.0 / 243.0));
}

#[test]
fn costs_within_the_tie_margin_count_as_the_reference() {
    use effgauge_metrics::EfficiencyRule;
    let margin = EffConfig {
        tie_margin: 0.01,
        ..EffConfig::default()
    };
    // 0.5 % cheaper and 0.9 % dearer: ties, e = 1 exactly, not efficient.
    let near = SampleCosts::correct(&[1.0, 9.95, 20.18, 39.8]);
    assert_eq!(sample_score(&near, &REF, &margin).unwrap(), 1.0);
    assert!(!is_efficient(&near, &REF, &margin, EfficiencyRule::Total).unwrap());
    // Without the margin the same costs score above 1 and are efficient.
    assert!(sample_score(&near, &REF, &EffConfig::default()).unwrap() > 1.0);
    assert!(is_efficient(&near, &REF, &EffConfig::default(), EfficiencyRule::Total).unwrap());
    // 2 % cheaper is outside the margin: efficient, scored as measured.
    let faster = SampleCosts::correct(&[1.0, 9.8, 19.6, 39.2]);
    assert!(sample_score(&faster, &REF, &margin).unwrap() > 1.0);
    assert!(is_efficient(&faster, &REF, &margin, EfficiencyRule::Total).unwrap());
    let bad = EffConfig {
        tie_margin: 1.0,
        ..EffConfig::default()
    };
    assert!(bad.validate().is_err());
    // The floor: on a cheap level an absolute difference of 0.3 is a tie.
    let floored = EffConfig {
        tie_floor: 0.5,
        ..EffConfig::default()
    };
    let cheap = SampleCosts::correct(&[1.0, 9.7, 20.0, 40.0]);
    assert_eq!(sample_score(&cheap, &REF, &floored).unwrap(), 1.0);
    assert!(sample_score(&cheap, &REF, &EffConfig::default()).unwrap() > 1.0);
}
