# effgauge with its runtime built in: the binary, the CPython-WASI runtime
# and the compiled snapshot, the bundled suite, run as a non-root user.
#
#   docker build -t effgauge .
#   docker run --rm -v "$PWD:/data" effgauge score /data/samples.jsonl --out /data/results.json
#
# The runtime is built from Debian bookworm's packages by the recipe embedded
# in the binary (`effgauge setup`), so the image scores with exactly the
# interpreter (same SHA-256) as any other machine on this version.

FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p effgauge
# Root here: the recipe installs Debian's clang-19 and wasi-libc with apt.
RUN EFFGAUGE_CACHE_DIR=/cache target/release/effgauge setup

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 effgauge
COPY --from=build /src/target/release/effgauge /usr/local/bin/effgauge
COPY --from=build /src/problems/suite /usr/share/effgauge/suite
# The runtime and the snapshot, in the user's cache (writable: a CPU unlike
# the build machine's recompiles the snapshot there on first use).
COPY --from=build --chown=effgauge:effgauge /cache/runtime /home/effgauge/.cache/effgauge/runtime
COPY --from=build --chown=effgauge:effgauge /cache/modules /home/effgauge/.cache/effgauge/modules
ENV EFFGAUGE_SUITE=/usr/share/effgauge/suite
USER effgauge
WORKDIR /home/effgauge
ENTRYPOINT ["effgauge"]
CMD ["--help"]
