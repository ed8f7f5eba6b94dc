use effgauge_sandboxes::*;
fn main() {
    let rt = Runtime::locate(None).unwrap();
    let t = std::time::Instant::now();
    let engine = SandboxEngine::new(rt).unwrap();
    eprintln!("load {:?} {:?}", engine.module_load(), t.elapsed());
    let src = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let entry = std::env::args().nth(2).unwrap();
    let args: serde_json::Value = serde_json::from_str(&std::env::args().nth(3).unwrap()).unwrap();
    let calls = args
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let v: Vec<PyValue> = a
                .as_array()
                .unwrap()
                .iter()
                .map(PyValue::from_json)
                .collect();
            CallSpec::new(&v)
        })
        .collect();
    let t = std::time::Instant::now();
    let r = engine.run(Job::new(src, entry, calls)).unwrap();
    eprintln!("run {:?}", t.elapsed());
    println!(
        "startup {:?} import {:?} bracket {:?} peak {} inst {} err {:?}",
        r.startup, r.import, r.bracket, r.peak_memory_bytes, r.instances, r.import_error
    );
    for c in &r.calls {
        println!(
            "{:?} {:?} {:?} {:?}",
            c.status,
            c.cost,
            c.output.as_ref().map(|o| o.to_json().to_string()),
            c.error
        );
    }
    println!(
        "stdout={:?} stderr={:?}",
        r.stdout,
        &r.stderr[..r.stderr.len().min(2000)]
    );
}
