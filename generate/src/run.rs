//! A generation run: the samples missing from the file, asked for with
//! bounded concurrency and written as they arrive.
//!
//! **The first request goes alone.** Until it is answered no other request
//! is sent, so a wrong key, model name or URL costs one request instead of
//! `--concurrency` of them, and a server that ignores `n` is found out
//! before the rest is planned on it. A refusal of that first request, or its
//! failure after every retry, ends the run; later, a task whose request is
//! rejected or exhausted is reported and left out (a rerun asks again),
//! while 401/403/404 still end the run at once.
//!
//! **`n`.** A task's missing samples are asked for in one request with
//! `n` = their number (at most `per_request`). A server that answers with
//! fewer choices (llama.cpp, Ollama) or rejects `n` with a 4xx is asked
//! once per sample from then on. Sample i of a task is asked with seed +
//! i, so samples asked one at a time still differ.

use crate::api::{self, Completion};
use crate::client::Client;
use crate::extract::{extract_in, Found};
use crate::samples::{SampleKey, SampleLine, SamplesFile};
use crate::summary::{Observer, Stats};
use crate::{GenerateError, Settings, Task, Template};
use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::task::JoinSet;

/// What to ask for and how much at once.
#[derive(Debug, Clone)]
pub struct RunConfig {
    pub settings: Settings,
    /// The system message (chat mode).
    pub system: Option<String>,
    pub template: Template,
    /// The name written as each sample's `model`.
    pub model_name: String,
    /// Samples per task.
    pub n: u32,
    /// The most samples one request asks for (the API's `n`).
    pub per_request: u32,
    /// Requests in flight at most.
    pub concurrency: usize,
}

/// One request's worth: a task and the sample indices it asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Job {
    task: usize,
    indices: Vec<u32>,
}

/// A planned run.
pub struct Run {
    tasks: Vec<Task>,
    config: RunConfig,
    jobs: Vec<Job>,
}

/// What the requests share.
struct Shared {
    client: Client,
    tasks: Vec<Task>,
    config: RunConfig,
    /// Each task's rendered template.
    texts: Vec<String>,
    stats: Arc<Stats>,
    observer: Arc<dyn Observer>,
    gate: Arc<Semaphore>,
    native_n: AtomicBool,
}

impl Run {
    /// Plans the samples of `tasks` that `present` lacks.
    pub fn plan(tasks: Vec<Task>, config: RunConfig, present: &HashSet<SampleKey>) -> Run {
        let per_request = config.per_request.max(1) as usize;
        let mut jobs = Vec::new();
        for (t, task) in tasks.iter().enumerate() {
            let missing: Vec<u32> = (0..config.n)
                .filter(|i| !present.contains(&(task.id.clone(), *i)))
                .collect();
            for chunk in missing.chunks(per_request) {
                jobs.push(Job {
                    task: t,
                    indices: chunk.to_vec(),
                });
            }
        }
        Run {
            tasks,
            config,
            jobs,
        }
    }

    /// Samples this run will ask for.
    pub fn pending(&self) -> usize {
        self.jobs.iter().map(|j| j.indices.len()).sum()
    }

    /// Asks for every planned sample and appends each to `file`. Returns
    /// when every request is answered or has failed (counted in
    /// `stats.failed`); a fatal error ends it early. Dropping the future
    /// cancels the requests in flight; written samples stay written.
    pub async fn execute(
        self,
        client: Client,
        mut file: SamplesFile,
        stats: Arc<Stats>,
        observer: Arc<dyn Observer>,
    ) -> Result<(), GenerateError> {
        let shared = Arc::new(Shared::new(
            self.tasks,
            self.config,
            client,
            stats,
            observer,
        ));
        let mut requests = JoinSet::new();
        for job in self.jobs {
            requests.spawn(ask(shared.clone(), job));
        }
        let mut first = true;
        while let Some(joined) = requests.join_next().await {
            // The permit is held until the answer is handled, so that the
            // first answer is handled before a second request goes out.
            let (job, asked, result, _permit) =
                joined.unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()));
            for index in shared.handle(&job, asked, result, &mut file, first)? {
                let single = Job {
                    task: job.task,
                    indices: vec![index],
                };
                requests.spawn(ask(shared.clone(), single));
            }
            if first {
                let more = shared.config.concurrency.max(1) - 1;
                shared.gate.add_permits(more);
                first = false;
            }
        }
        Ok(())
    }
}

/// Errors after which no other request can succeed.
fn is_fatal(error: &GenerateError) -> bool {
    matches!(
        error,
        GenerateError::Auth { .. } | GenerateError::NotFound { .. }
    )
}

/// What a request came to: its job, how many samples were asked for, the
/// outcome, and the gate's permit (released once the outcome is handled).
type Asked = (
    Job,
    usize,
    Result<Completion, GenerateError>,
    OwnedSemaphorePermit,
);

/// Sends one job's request once the gate lets it.
async fn ask(shared: Arc<Shared>, job: Job) -> Asked {
    let permit = shared
        .gate
        .clone()
        .acquire_owned()
        .await
        .expect("the gate is never closed");
    let asked = if shared.native_n.load(Ordering::Relaxed) {
        job.indices.len()
    } else {
        1
    };
    let config = &shared.config;
    let seed = config
        .settings
        .seed
        .map(|s| s.wrapping_add(u64::from(job.indices[0])));
    let body = api::request_body(
        &config.settings,
        config.system.as_deref(),
        &shared.texts[job.task],
        asked,
        seed,
    );
    let result = shared
        .client
        .complete(
            config.settings.mode,
            &body,
            &shared.tasks[job.task].id,
            &shared.stats,
            shared.observer.as_ref(),
        )
        .await;
    (job, asked, result, permit)
}

impl Shared {
    fn new(
        tasks: Vec<Task>,
        config: RunConfig,
        client: Client,
        stats: Arc<Stats>,
        observer: Arc<dyn Observer>,
    ) -> Shared {
        Shared {
            texts: tasks.iter().map(|t| config.template.render(t)).collect(),
            native_n: AtomicBool::new(config.per_request > 1),
            gate: Arc::new(Semaphore::new(1)),
            client,
            tasks,
            config,
            stats,
            observer,
        }
    }

    /// Handles what a job's request came to: its samples are written, or
    /// its failure recorded, or the run ends (a fatal error, or any failure
    /// of the `first` request). Returns the sample indices to ask for again,
    /// one request each.
    fn handle(
        &self,
        job: &Job,
        asked: usize,
        result: Result<Completion, GenerateError>,
        file: &mut SamplesFile,
        first: bool,
    ) -> Result<Vec<u32>, GenerateError> {
        match result {
            Ok(completion) => self.write(job, asked, completion, file),
            Err(GenerateError::Rejected { .. } | GenerateError::TooLarge { .. }) if asked > 1 => {
                // The server refuses `n`, or its answers to it are too large
                // together: ask once per sample instead.
                self.native_n.store(false, Ordering::Relaxed);
                Ok(job.indices.clone())
            }
            Err(error) if first || is_fatal(&error) => {
                let samples = job.indices.len() as u64;
                self.stats.failed.fetch_add(samples, Ordering::Relaxed);
                Err(error)
            }
            Err(error) => {
                self.fail(job, &error);
                Ok(Vec::new())
            }
        }
    }

    /// Appends the samples of an answered job; returns the indices it still
    /// lacks (a server that gave fewer choices than asked for: from now on
    /// each is asked for alone).
    fn write(
        &self,
        job: &Job,
        asked: usize,
        completion: Completion,
        file: &mut SamplesFile,
    ) -> Result<Vec<u32>, GenerateError> {
        let task = &self.tasks[job.task];
        let got = completion.choices.len().min(asked);
        if asked > 1 && got < asked {
            self.native_n.store(false, Ordering::Relaxed);
        }
        let usage = completion.usage;
        if let Some(u) = usage {
            self.stats
                .tokens_in
                .fetch_add(u.prompt_tokens, Ordering::Relaxed);
            self.stats
                .tokens_out
                .fetch_add(u.completion_tokens, Ordering::Relaxed);
        }
        for (index, choice) in job
            .indices
            .iter()
            .zip(completion.choices.into_iter().take(got))
        {
            let settings = &self.config.settings;
            let extracted = extract_in(&choice.text, task, settings.mode, settings.language);
            let counters = [
                (extracted.found == Found::NoCode, &self.stats.no_code),
                (
                    choice.finish_reason.as_deref() == Some("length"),
                    &self.stats.truncated,
                ),
                (true, &self.stats.written),
            ];
            file.append(&SampleLine {
                task_id: task.id.clone(),
                model: self.config.model_name.clone(),
                language: (!settings.language.is_python()).then_some(settings.language),
                solution: extracted.solution,
                sample_index: *index,
                raw_completion: choice.text,
                finish_reason: choice.finish_reason,
                extraction: extracted.found,
                usage,
                request_samples: got as u32,
                generation: self.config.settings.clone(),
            })?;
            for (applies, counter) in counters {
                if applies {
                    counter.fetch_add(1, Ordering::Relaxed);
                }
            }
            self.observer.written(&task.id, &self.stats.summary());
        }
        Ok(job.indices[got..].to_vec())
    }

    /// Records a job whose request failed: its samples stay unwritten.
    fn fail(&self, job: &Job, error: &GenerateError) {
        let samples = job.indices.len();
        self.stats
            .failed
            .fetch_add(samples as u64, Ordering::Relaxed);
        self.observer
            .failed(&self.tasks[job.task].id, samples, error);
    }
}
