/*
 * _effgauge: the guest half of effgauge's metering protocol, compiled into
 * our CPython-for-WASI as a static built-in module.
 *
 * The interpreter is a WASI *reactor* with two exports of ours:
 *
 * - `wizer-initialize` starts CPython and imports the standard-library
 *   modules candidates commonly use. The host runs it once per runtime build
 *   and snapshots the instance (wasmtime-wizer), so every test case starts
 *   from a warm interpreter in a fresh, copy-on-write instance.
 * - `effgauge_run` runs one instance's job, of two kinds:
 *   - a *compile run* compiles the candidate's source once per distinct
 *     program, metered (the host charges that cost to every case above its
 *     compile allowance, as if each case compiled it afresh), and reports
 *     the code object as marshal data;
 *   - a *case run* loads that code object and decodes the case's input
 *     (before any candidate code exists, so nothing can watch), then, in
 *     one metered region, executes the code as a module, settles the
 *     collector, calls the entry point once, checks and encodes the result,
 *     reports it and returns. Once the candidate's first instruction has
 *     run, every guest instruction until the result is encoded is metered:
 *     the interpreter is not memory-safe against crafted bytecode, so no
 *     unmetered step may follow candidate code (the doors to crafted
 *     bytecode are shut too, see `sandbox_audit`).
 *   The host never calls into the instance again, so no guest code runs
 *   after the metered region ends (no finaliser, no atexit hook, no GC).
 *
 * Why in C: every step that could let a candidate forge its verdict or hide
 * its cost happens here, out of reach of Python code. The source, the entry
 * name and the input arrive through host imports (never stdin); the input is
 * decoded before any candidate code exists; the result is checked to be
 * plain builtin data and encoded with marshal inside the metered region; the
 * markers are wasm imports no Python code can call. Exceptions are described
 * in a phase of their own with a small budget, after the region, so a
 * `__str__` that never returns cannot turn an error into a timeout.
 */
#define PY_SSIZE_T_CLEAN
#include "Python.h"
#include "marshal.h"
#include "pycore_interp.h"
#include "pycore_pystate.h"

#define HOST(name) __attribute__((import_module("effgauge"), import_name(name)))

/* Blobs: 0 the source (compile runs only), 1 the entry name, 2 the call's
   arguments (marshal), 3 the compiled code (marshal; case runs), 4 the
   stdlib image (the snapshot's initialiser only). The length is -1 when
   the host has no such blob (0 in a case run, 2 in an import-only run). */
enum { BLOB_SOURCE = 0, BLOB_ENTRY = 1, BLOB_ARGS = 2, BLOB_CODE = 3, BLOB_IMAGE = 4 };
HOST("blob_len") extern int eg_blob_len(int kind);
HOST("blob_read") extern void eg_blob_read(int kind, char *dst);

/* Markers, each exactly once and in this order (the host enforces it):
   the calibration bracket (an empty region whose cost the host subtracts);
   in a compile run, the compile; in a case run, the metered region: the
   candidate's import, then the call, the check and encoding of its result
   and the release of everything it returned; last, the description of an
   exception, under its own small budget. */
enum {
    MARK_CALIBRATE_BEGIN = 0,
    MARK_CALIBRATE_END = 1,
    MARK_REGION_BEGIN = 2,
    MARK_IMPORT_END = 3,
    MARK_REGION_END = 4,
    MARK_DESCRIBE_BEGIN = 5,
    MARK_IMPORT_FAILED = 6,
    MARK_COMPILE_BEGIN = 7,
    MARK_COMPILE_END = 8,
};
HOST("mark") extern void eg_mark(int kind);

/* The cost model's counters (effgauge_mem.c): work is charged before each
   marker, so every charge lands in the phase that did the work. */
extern void effgauge_flush(void);
extern void effgauge_flush_all(void);
extern int64_t effgauge_live_bytes, effgauge_peak_bytes;
extern size_t _effgauge_block_size(void *p);
extern size_t _effgauge_small_block_size(void *p);
extern void effgauge_note_allocation(size_t bytes);
extern void effgauge_note_moved(size_t bytes);
extern void effgauge_realloc_begin(void);
extern void effgauge_realloc_end(void);
extern size_t malloc_usable_size(void *);

/* The memory meter's core (the hooks below feed it). It counts the blocks
   allocated while the metered region runs, and only those, as tracemalloc
   traces only what it saw allocated: releasing something made before the
   region (the module's code and its constants, the input, the
   interpreter's own objects) must not pay for what the program holds. So
   every counted block is marked, two bits per 8 bytes of linear memory
   saying how to find its size again when it is released: in spans of
   8 KiB (each covering 256 KiB), made on first use, at most 1/32 of the
   heap. Everything here is inline: it runs at every allocation and release,
   and its operators are fuel. */
enum {
    KIND_NONE = 0,  /* not counted (made before the region, or not ours) */
    KIND_SMALL = 1, /* a pymalloc block: its pool says its size class */
    KIND_LARGE = 2, /* a libc block: its usable size */
    KIND_ARENA = 3, /* an arena-allocator chunk: its release names its size */
};
#define GRANULE_SHIFT 3u
#define SPAN_SHIFT 18u
#define SPAN_WORDS (1u << (SPAN_SHIFT - GRANULE_SHIFT - 4u))
static uint32_t *spans[1u << (32u - SPAN_SHIFT)];
static int counting;

static void
memory_begin(void)
{
    effgauge_live_bytes = effgauge_peak_bytes = 0;
    counting = 1;
}

static inline void
note_live(int64_t bytes)
{
    effgauge_live_bytes += bytes;
    if (effgauge_live_bytes > effgauge_peak_bytes) {
        effgauge_peak_bytes = effgauge_live_bytes;
    }
}

/* The span word holding `p`'s mark, made if `make` (NULL when absent). */
static inline uint32_t *
mark_word(const void *p, int make)
{
    uintptr_t a = (uintptr_t)p;
    uint32_t **span = &spans[a >> SPAN_SHIFT];
    if (*span == NULL) {
        if (!make) {
            return NULL;
        }
        /* A block the meter cannot mark would go uncounted: stop instead
           (in practice the memory cap stops the case first). Zeroing the
           span is the meter's own work, not the program's: not charged
           (the realloc bracket suspends the charge for bytes moved). */
        effgauge_realloc_begin();
        *span = calloc(SPAN_WORDS, sizeof(uint32_t));
        effgauge_realloc_end();
        if (*span == NULL) {
            __builtin_trap();
        }
    }
    uint32_t granule = (uint32_t)(a >> GRANULE_SHIFT) & ((1u << (SPAN_SHIFT - GRANULE_SHIFT)) - 1u);
    return *span + (granule >> 4);
}

static inline unsigned
mark_shift(const void *p)
{
    return (unsigned)(((uintptr_t)p >> GRANULE_SHIFT) & 15u) * 2u;
}

/* A block of `bytes` at `p`, of `kind`, was allocated in the region. */
static inline void
track(const void *p, unsigned kind, int64_t bytes)
{
    uint32_t *word = mark_word(p, 1);
    unsigned shift = mark_shift(p);
    if (((*word >> shift) & 3u) == KIND_NONE) {
        *word |= kind << shift;
        note_live(bytes);
    }
}

/* The block at `p` is being released: its kind if it was counted (its mark
   is cleared), else KIND_NONE. */
static inline unsigned
untrack(const void *p)
{
    uint32_t *word = mark_word(p, 0);
    if (word == NULL) {
        return KIND_NONE;
    }
    unsigned shift = mark_shift(p);
    unsigned kind = (*word >> shift) & 3u;
    *word &= ~(3u << shift);
    return kind;
}

static void
mark(int kind)
{
    effgauge_flush_all();
    if (kind == MARK_REGION_BEGIN) {
        memory_begin();
    }
    eg_mark(kind);
}

/* Reports: the output (marshal), an exception's type name and message
   (guest text), or a protocol code (harness text, chosen by the host). */
enum {
    REPORT_OUTPUT = 0,
    REPORT_ERROR_TYPE = 1,
    REPORT_ERROR_MESSAGE = 2,
    REPORT_PROTOCOL = 3,
    REPORT_CODE = 4,
};
HOST("report") extern void eg_report(int kind, const char *src, int len);

/* Protocol codes (REPORT_PROTOCOL); the payload is a type name or empty. */
enum {
    PROTOCOL_BAD_INPUT = 1,
    PROTOCOL_NOT_PLAIN = 2,
    PROTOCOL_NO_ENTRY = 3,
    PROTOCOL_NOT_CALLABLE = 4,
};

/* Longest exception message reported, in bytes. */
#define MAX_MESSAGE 4096
/* Deepest plain value accepted (marshal's own limit is 2000). */
#define MAX_DEPTH 2000

/* What the snapshot imports: start-up done and the modules candidates
   commonly import already in sys.modules, so importing them again costs a
   dictionary lookup, as in a warm native process. 3.11 lowers the recursion
   limit to 600 on WASI; native users expect 1000. */
static const char PRELUDE[] =
    "import sys\n"
    "sys.setrecursionlimit(1000)\n"
    "import abc, array, bisect, cmath, collections, collections.abc, copy\n"
    "import dataclasses, decimal, enum, fractions, functools, heapq, io\n"
    "import itertools, math, numbers, operator, random, re, statistics\n"
    "import string, struct, types, typing\n";

static void
report_protocol(int code, const char *detail)
{
    char buf[96];
    int n = snprintf(buf, sizeof buf, "%d:%.64s", code, detail ? detail : "");
    eg_report(REPORT_PROTOCOL, buf, n < (int)sizeof buf ? n : (int)sizeof buf - 1);
}

/* A host blob as a fresh heap buffer, or NULL when the host has none. */
static char *
fetch_blob(int kind, int *len)
{
    *len = eg_blob_len(kind);
    if (*len < 0) {
        return NULL;
    }
    char *buf = PyMem_RawMalloc((size_t)*len + 1);
    if (buf == NULL) {
        return NULL;
    }
    eg_blob_read(kind, buf);
    buf[*len] = '\0';
    return buf;
}

/* gc.freeze, taken from the gc module at start-up (a builtin function
   object no candidate can replace). */
static PyObject *gc_freeze;

/* After the import: every object alive (the decoded arguments, the module
   and whatever its import made) moves to the collector's permanent
   generation and every generation's count starts from zero. So when and
   how much the collector works during the call depends on the call alone,
   not on how many objects the candidate's text happened to leave behind
   (an unrelated global, a longer docstring). Garbage the import left is
   never collected, like all work left after the region. */
static void
settle_collector(void)
{
    PyObject *r = PyObject_CallNoArgs(gc_freeze);
    Py_XDECREF(r);
    PyErr_Clear();
    struct _gc_runtime_state *gc = &_PyInterpreterState_GET()->gc;
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        gc->generations[i].count = 0;
    }
    gc->long_lived_pending = 0;
    gc->long_lived_total = 0;
}

/* Before the region: CPython's free lists are emptied. An object on one
   was released before the region, and handed out again it would hold
   memory the meter never saw allocated (an adversary refilled the tuple
   list with 2 000 constant pairs to hold its call's pairs for nothing).
   With the code object kept alive through the region (see case_run),
   nothing made before the region reaches them but what the program itself
   takes apart of its input. Outside the region: not charged. */
static void
empty_free_lists(void)
{
    PyInterpreterState *interp = _PyInterpreterState_GET();
    _PyTuple_ClearFreeList(interp);
    _PyFloat_ClearFreeList(interp);
    _PyList_ClearFreeList(interp);
    _PyDict_ClearFreeList(interp);
    _PyAsyncGen_ClearFreeLists(interp);
    _PyContext_ClearFreeList(interp);
}

/* Python-level audit hooks (sys.addaudithook) are guest code, and marshal
   raises audit events with the data it reads or writes. Every marshal call
   of ours runs with them set aside, so no hook sees a case's input before
   the call, nor the result after its check. */
static PyObject *
audit_hooks_aside(void)
{
    PyInterpreterState *interp = _PyInterpreterState_GET();
    PyObject *hooks = interp->audit_hooks;
    interp->audit_hooks = NULL;
    return hooks;
}

static void
audit_hooks_back(PyObject *hooks)
{
    _PyInterpreterState_GET()->audit_hooks = hooks;
}

/* Set while effgauge's own C code calls marshal: the sandbox's audit hook
   lets exactly those calls through. */
static int internal_marshal;

/* marshal data as an object, with the collector off so that decoding costs
   the same every time and runs no finaliser, and no audit hook watching. */
static PyObject *
unmarshal(const char *data, Py_ssize_t len)
{
    PyObject *hooks = audit_hooks_aside();
    int gc_was_enabled = PyGC_Disable();
    internal_marshal = 1;
    PyObject *v = PyMarshal_ReadObjectFromString(data, len);
    internal_marshal = 0;
    if (gc_was_enabled) {
        PyGC_Enable();
    }
    audit_hooks_back(hooks);
    return v;
}

/* `value` as marshal data of `version`, with no audit hook watching (as
   `unmarshal`); NULL with an exception set when it cannot be encoded. */
static PyObject *
marshal_dumps(PyObject *value, int version)
{
    PyObject *hooks = audit_hooks_aside();
    internal_marshal = 1;
    PyObject *bytes = PyMarshal_WriteObjectToString(value, version);
    internal_marshal = 0;
    audit_hooks_back(hooks);
    return bytes;
}

/* Whether `data` is the code of a module of the stdlib image, byte for byte
   (what CPython's frozen importer unmarshals). */
static int
image_module(const char *data, Py_ssize_t len)
{
    for (const struct _frozen *p = PyImport_FrozenModules; p && p->name; p++) {
        if (p->size == len && memcmp(p->code, data, (size_t)len) == 0) {
            return 1;
        }
    }
    return 0;
}

/* Set once the snapshot's start-up is done: from then on the audit hook
   below shuts the doors to crafted bytecode and to object enumeration. */
static int sandbox_sealed;

static int
refuse(const char *what)
{
    PyErr_Format(PyExc_RuntimeError, "%s is not available in effgauge's sandbox", what);
    return -1;
}

/* The sandbox's audit hook, in C and installed before start-up, so no
   Python code can remove it. CPython 3.11 executes bytecode without bounds
   checks: code objects built by hand (`CodeType(...)`, `code.replace`,
   `marshal.loads` of code, assigning `__code__`) read and write any guest
   memory, including the meter's counters and the C module's own state. And
   the collector's enumeration (`gc.get_objects`, `get_referrers`,
   `get_referents`) reaches any object, a case's input included. Programs
   never need either; both are refused with a RuntimeError. marshal stays
   for the importer: the stdlib image's own code passes, byte for byte. */
static int
sandbox_audit(const char *event, PyObject *args, void *data)
{
    if (!sandbox_sealed || internal_marshal) {
        return 0;
    }
    if (strcmp(event, "code.__new__") == 0) {
        return refuse("building a code object");
    }
    if (strcmp(event, "object.__setattr__") == 0 && PyTuple_GET_SIZE(args) >= 2) {
        PyObject *name = PyTuple_GET_ITEM(args, 1);
        if (PyUnicode_Check(name) && PyUnicode_CompareWithASCIIString(name, "__code__") == 0) {
            return refuse("replacing a function's code");
        }
        return 0;
    }
    if (strcmp(event, "marshal.loads") == 0) {
        PyObject *bytes = PyTuple_GET_SIZE(args) >= 1 ? PyTuple_GET_ITEM(args, 0) : NULL;
        if (bytes && PyBytes_Check(bytes) &&
            image_module(PyBytes_AS_STRING(bytes), PyBytes_GET_SIZE(bytes))) {
            return 0;
        }
        return refuse("marshal.loads");
    }
    if (strcmp(event, "marshal.load") == 0) {
        return refuse("marshal.load");
    }
    if (strncmp(event, "gc.get_", 7) == 0) {
        return refuse(event);
    }
    /* The environment lives in the libc heap, which no allocator hook sees:
       a program could park memory there unmetered (it cannot read it back in
       bulk, but it holds it). */
    if (strcmp(event, "os.putenv") == 0 || strcmp(event, "os.unsetenv") == 0) {
        return refuse(event);
    }
    return 0;
}

/* Compiles the candidate: the metered part of a compile run. Annotations
   are not evaluated (PEP 563, as `from __future__ import annotations`), so
   a prompt's `List[Tuple[int, int]]` costs nothing at import, for the
   reference and the candidate alike. A source with a NUL byte is refused
   as CPython refuses it: the text compiled is exactly the text sent. NULL
   with an exception set on a syntax error. */
static PyObject *
compile_candidate(const char *src, int len)
{
    if (strlen(src) != (size_t)len) {
        PyErr_SetString(PyExc_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    PyCompilerFlags flags = _PyCompilerFlags_INIT;
    flags.cf_flags = CO_FUTURE_ANNOTATIONS;
    return Py_CompileStringExFlags(src, "solution.py", Py_file_input, &flags, -1);
}

/* Executes the compiled candidate as module "solution"; returns its entry
   point, or NULL with an exception set (or a protocol code sent). */
static PyObject *
load_entry(PyObject *code, const char *entry, int *protocol)
{
    PyObject *fn = NULL, *module = NULL;
    module = PyImport_AddModule("solution"); /* borrowed */
    if (module == NULL) {
        goto done;
    }
    Py_INCREF(module);
    PyObject *dict = PyModule_GetDict(module);
    if (PyDict_SetItemString(dict, "__builtins__", PyEval_GetBuiltins()) < 0) {
        goto done;
    }
    PyObject *result = PyEval_EvalCode(code, dict, dict);
    if (result == NULL) {
        goto done;
    }
    Py_DECREF(result);
    /* The module dict, not getattr: a module-level __getattr__ is guest code. */
    fn = PyDict_GetItemString(dict, entry); /* borrowed */
    if (fn == NULL) {
        *protocol = PROTOCOL_NO_ENTRY;
    }
    else if (!PyCallable_Check(fn)) {
        fn = NULL;
        *protocol = PROTOCOL_NOT_CALLABLE;
    }
    else {
        Py_INCREF(fn);
    }
done:
    Py_XDECREF(module);
    return fn;
}

/* NULL when `v` is plain builtin data (exact types only, as marshal writes
   them back); else the first offending type. No guest code runs here. */
static PyTypeObject *
first_not_plain(PyObject *v, int depth)
{
    if (depth > MAX_DEPTH) {
        return Py_TYPE(v);
    }
    if (v == Py_None || PyBool_Check(v) || PyLong_CheckExact(v) || PyFloat_CheckExact(v) ||
        PyUnicode_CheckExact(v) || PyBytes_CheckExact(v)) {
        return NULL;
    }
    if (PyTuple_CheckExact(v) || PyList_CheckExact(v)) {
        /* The size is re-read each step: nothing can mutate it here, but an
           index past the end must never be read. */
        for (Py_ssize_t i = 0; i < Py_SIZE(v); i++) {
            PyObject *item = PyTuple_CheckExact(v) ? PyTuple_GET_ITEM(v, i) : PyList_GET_ITEM(v, i);
            PyTypeObject *bad = first_not_plain(item, depth + 1);
            if (bad) {
                return bad;
            }
        }
        return NULL;
    }
    if (PyDict_CheckExact(v)) {
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (PyDict_Next(v, &pos, &key, &value)) {
            PyTypeObject *bad = first_not_plain(key, depth + 1);
            if (bad == NULL) {
                bad = first_not_plain(value, depth + 1);
            }
            if (bad) {
                return bad;
            }
        }
        return NULL;
    }
    if (PyAnySet_CheckExact(v)) {
        Py_ssize_t pos = 0;
        PyObject *key;
        Py_hash_t hash;
        while (_PySet_NextEntry(v, &pos, &key, &hash)) {
            PyTypeObject *bad = first_not_plain(key, depth + 1);
            if (bad) {
                return bad;
            }
        }
        return NULL;
    }
    return Py_TYPE(v);
}

/* Encode with marshal version 2 (no back-references), with no limit on
   int digits: the limit guards str(), not our wire format. */
static PyObject *
encode_output(PyObject *value)
{
    PyInterpreterState *interp = _PyInterpreterState_GET();
    int saved = interp->int_max_str_digits;
    interp->int_max_str_digits = 0;
    PyObject *bytes = marshal_dumps(value, 2);
    interp->int_max_str_digits = saved;
    return bytes;
}

/* Describes the pending exception under the describe budget. Everything
   from here on may run guest code (normalising can instantiate the class,
   the message runs `__str__`), so the phase starts first. The type name is
   read without running guest code. */
static void
describe_exception(void)
{
    mark(MARK_DESCRIBE_BEGIN);
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    const char *name = type && PyType_Check(type) ? ((PyTypeObject *)type)->tp_name : "Exception";
    eg_report(REPORT_ERROR_TYPE, name, (int)strnlen(name, 256));
    PyObject *msg = value ? PyObject_Str(value) : NULL;
    Py_ssize_t len = 0;
    const char *utf8 = (msg && PyUnicode_CheckExact(msg)) ? PyUnicode_AsUTF8AndSize(msg, &len) : NULL;
    if (utf8) {
        eg_report(REPORT_ERROR_MESSAGE, utf8, (int)(len > MAX_MESSAGE ? MAX_MESSAGE : len));
    }
    PyErr_Clear();
}

/* The result, checked and encoded; NULL when it is not plain builtin data,
   with the offending type's name copied to `bad` (the type itself may be
   freed with the result). No guest code runs here. */
static PyObject *
encode_result(PyObject *result, char *bad, size_t bad_size)
{
    PyTypeObject *type = first_not_plain(result, 0);
    if (type) {
        snprintf(bad, bad_size, "%s", type->tp_name);
        return NULL;
    }
    PyObject *bytes = encode_output(result);
    if (bytes == NULL) {
        PyErr_Clear();
        snprintf(bad, bad_size, "%s", "");
    }
    return bytes;
}

/* A compile run: compile the source (metered), report the code object as
   marshal data, or describe the syntax error. No candidate code runs. */
static void
compile_run(void)
{
    int src_len;
    char *src = fetch_blob(BLOB_SOURCE, &src_len);
    if (src == NULL) {
        report_protocol(PROTOCOL_BAD_INPUT, "");
        return;
    }
    settle_collector();
    mark(MARK_CALIBRATE_BEGIN);
    mark(MARK_CALIBRATE_END);
    mark(MARK_COMPILE_BEGIN);
    PyObject *code = compile_candidate(src, src_len);
    mark(MARK_COMPILE_END);
    if (code == NULL) {
        describe_exception();
        return;
    }
    PyObject *bytes = marshal_dumps(code, Py_MARSHAL_VERSION);
    if (bytes == NULL) {
        PyErr_Clear();
        report_protocol(PROTOCOL_BAD_INPUT, "");
        return;
    }
    eg_report(REPORT_CODE, PyBytes_AS_STRING(bytes), (int)PyBytes_GET_SIZE(bytes));
}

/* Flushes a standard stream as the type's own `flush` does, without looking
   it up on the instance (an attribute set there is guest code). */
static void
flush_stream(PyObject *stream)
{
    if (stream == NULL || stream == Py_None) {
        return;
    }
    static PyObject *name;
    if (name == NULL) {
        name = PyUnicode_InternFromString("flush");
    }
    PyObject *flush = name ? _PyType_Lookup(Py_TYPE(stream), name) : NULL;
    if (flush != NULL) {
        Py_INCREF(flush);
        PyObject *r = PyObject_CallOneArg(flush, stream);
        Py_DECREF(flush);
        Py_XDECREF(r);
    }
    PyErr_Clear();
}

/* A program run (the stdin/stdout protocol; the host sent an empty entry
   name): the code object runs as module `__main__` inside the metered
   region, reading the case from its standard input (the host serves it
   only from here on) and writing its answer to its standard output, which
   the host keeps. `SystemExit` with code 0 or None is a normal end, as for
   a process. The standard streams are flushed inside the region, so that
   buffered output costs what writing it costs; nothing the program leaves
   alive is released (as after the call of a function): releasing it would
   charge those who free their globals and not those who hide them where
   no release reaches (an adversary saved 6 % so), so no one pays for it. */
static void
program_run(PyObject *code)
{
    PyObject *module = PyModule_New("__main__");
    PyObject *modules = PySys_GetObject("modules"); /* borrowed */
    PyObject *out = PySys_GetObject("stdout");      /* borrowed */
    PyObject *err = PySys_GetObject("stderr");      /* borrowed */
    Py_XINCREF(out);
    Py_XINCREF(err);
    if (module == NULL || modules == NULL
        || PyDict_SetItemString(modules, "__main__", module) < 0
        || PyDict_SetItemString(PyModule_GetDict(module), "__builtins__", PyEval_GetBuiltins()) < 0) {
        PyErr_Clear();
        Py_XDECREF(module);
        Py_XDECREF(out);
        Py_XDECREF(err);
        Py_DECREF(code);
        report_protocol(PROTOCOL_BAD_INPUT, "");
        return;
    }
    PyObject *dict = PyModule_GetDict(module);
    /* `exit()` and `quit()`, which a process has from `site` (the sandbox
       runs without it): as globals of this module only, so a function
       program's builtins stay what they were. */
    PyObject *sys_exit = PySys_GetObject("exit"); /* borrowed */
    if (sys_exit != NULL) {
        PyDict_SetItemString(dict, "exit", sys_exit);
        PyDict_SetItemString(dict, "quit", sys_exit);
    }
    PyErr_Clear();
    settle_collector();
    empty_free_lists();
    mark(MARK_CALIBRATE_BEGIN);
    mark(MARK_CALIBRATE_END);

    /* Nothing to import: the region's first part is empty. The code
       object is never released (see case_run). */
    mark(MARK_REGION_BEGIN);
    mark(MARK_IMPORT_END);
    PyObject *result = PyEval_EvalCode(code, dict, dict);
    int failed = result == NULL;
    Py_XDECREF(result);
    if (failed && PyErr_ExceptionMatches(PyExc_SystemExit)) {
        PyObject *type, *value, *tb;
        PyErr_Fetch(&type, &value, &tb);
        PyErr_NormalizeException(&type, &value, &tb);
        PyObject *status = value ? PyObject_GetAttrString(value, "code") : NULL;
        /* As a process's exit status: None, or an int (a bool too) of 0. */
        failed = !(status == Py_None || (status && PyLong_Check(status) && PyLong_AsLong(status) == 0));
        Py_XDECREF(status);
        if (failed) {
            PyErr_Restore(type, value, tb);
        }
        else {
            Py_XDECREF(type);
            Py_XDECREF(value);
            Py_XDECREF(tb);
            PyErr_Clear();
        }
    }
    PyObject *type = NULL, *value = NULL, *tb = NULL;
    if (failed) {
        PyErr_Fetch(&type, &value, &tb);
    }
    /* The streams are flushed, the program's own sys.stdout first. */
    PyObject *now = PySys_GetObject("stdout"); /* borrowed */
    if (now != out) {
        Py_XINCREF(now);
        flush_stream(now);
        Py_XDECREF(now);
    }
    flush_stream(out);
    flush_stream(err);
    Py_XDECREF(out);
    Py_XDECREF(err);
    Py_DECREF(module);
    mark(MARK_REGION_END);
    if (failed) {
        PyErr_Restore(type, value, tb);
        describe_exception();
        return;
    }
    /* The answer is what the host kept of stdout. */
    eg_report(REPORT_OUTPUT, "", 0);
}

/* A case run: load the code and decode the input (no candidate code exists
   yet, so nothing can watch, and nothing is charged), then one metered
   region: import, settle the collector, call, check and encode, release. */
static void
case_run(void)
{
    int code_len, entry_len, args_len;
    char *raw = fetch_blob(BLOB_CODE, &code_len);
    char *entry = fetch_blob(BLOB_ENTRY, &entry_len);
    char *raw_args = fetch_blob(BLOB_ARGS, &args_len);
    if (raw == NULL || entry == NULL) {
        report_protocol(PROTOCOL_BAD_INPUT, "");
        return;
    }
    PyObject *code = unmarshal(raw, code_len);
    PyMem_RawFree(raw);
    if (code == NULL || !PyCode_Check(code)) {
        Py_XDECREF(code);
        PyErr_Clear();
        report_protocol(PROTOCOL_BAD_INPUT, "");
        return;
    }
    if (entry_len == 0 && raw_args != NULL) {
        PyMem_RawFree(raw_args);
        program_run(code);
        return;
    }
    PyObject *args = NULL;
    if (raw_args != NULL) {
        args = unmarshal(raw_args, args_len);
        PyMem_RawFree(raw_args);
        if (args == NULL || !PyTuple_CheckExact(args)) {
            Py_XDECREF(args);
            PyErr_Clear();
            report_protocol(PROTOCOL_BAD_INPUT, "");
            return;
        }
    }
    /* Before the region too: the interpreter's heap and the decoded input
       frozen, every count zero. Otherwise the input's containers counted
       toward the first collection, and an input of 400 small lists made
       the import of every program run a full collection of the whole heap
       (3.2 M fuel charged to every case, whatever the program). */
    settle_collector();
    empty_free_lists();
    mark(MARK_CALIBRATE_BEGIN);
    mark(MARK_CALIBRATE_END);

    /* The module's code object is never released: releasing it when the
       import ends freed its constants inside the region, made before it
       (an adversary's 4 KiB strings paid for what the call held, and an
       unexecuted `if __name__ == "__main__":` block scored above the
       reference it contained). The instance ends with the case. */
    mark(MARK_REGION_BEGIN);
    int protocol = 0;
    PyObject *fn = load_entry(code, entry, &protocol);
    if (fn != NULL) {
        settle_collector();
    }
    mark(fn ? MARK_IMPORT_END : MARK_IMPORT_FAILED);
    if (fn == NULL) {
        mark(MARK_REGION_END);
        if (protocol) {
            report_protocol(protocol, "");
        }
        else {
            describe_exception();
        }
        return;
    }
    if (args == NULL) {
        /* An import-only run. */
        mark(MARK_REGION_END);
        return;
    }
    PyObject *result = PyObject_Call(fn, args, NULL);
    Py_DECREF(args);
    Py_DECREF(fn);
    if (result == NULL) {
        mark(MARK_REGION_END);
        describe_exception();
        return;
    }
    char bad[72];
    PyObject *bytes = encode_result(result, bad, sizeof bad);
    /* Releasing the result runs its destructors: inside the region. */
    Py_DECREF(result);
    mark(MARK_REGION_END);
    if (bytes != NULL) {
        eg_report(REPORT_OUTPUT, PyBytes_AS_STRING(bytes), (int)PyBytes_GET_SIZE(bytes));
    }
    else {
        report_protocol(PROTOCOL_NOT_PLAIN, bad);
    }
}

/* Allocation hooks on CPython's three allocator domains and its arena
   allocator. The object and memory domains (pymalloc, and the libc
   allocator behind it for large blocks) count each request for the cost
   model. All of them keep the memory meter's count (its core above): the
   size of each block a program's request is given while the region runs.
   Installed after start-up, as tracemalloc installs its own.

   Only the outermost call counts: pymalloc makes its large blocks through
   the libc domain and its arenas through the arena allocator, from inside
   an object-domain call, and a block is counted once, at the size of what
   was asked of the outermost domain. What reaches the libc domain or the
   arena allocator directly counts there: zlib's buffers, the frames of a
   deep recursion (the interpreter's frame stack grows in chunks from the
   arena allocator). */
static PyMemAllocatorEx base_mem, base_obj, base_raw;
static PyObjectArenaAllocator base_arena;
static int hook_depth;

/* Whether an allocator call here is one the meter counts: the outermost,
   in the region. */
static inline int
metered(void)
{
    return hook_depth == 0 && counting;
}

/* The size and kind of a block an object- or memory-domain call returned.
   A request of 1 to 512 bytes is pymalloc's (its fallback to the libc
   allocator happens only when memory runs out, and then the sandbox stops
   the case first): its class is the request rounded up to 8. Otherwise it
   came from the libc allocator. */
static inline void
track_object(void *p, size_t request)
{
    if (request - 1 < 512) {
        track(p, KIND_SMALL, (int64_t)((request + 7) & ~(size_t)7));
    }
    else {
        track(p, KIND_LARGE, (int64_t)malloc_usable_size(p));
    }
}

/* A block of any kind: by asking pymalloc (a realloc's result). */
static inline void
track_any(void *p)
{
    size_t small = _effgauge_block_size(p);
    if (small) {
        track(p, KIND_SMALL, (int64_t)small);
    }
    else {
        track(p, KIND_LARGE, (int64_t)malloc_usable_size(p));
    }
}

/* The size of a counted block of `kind` being released (not an arena's). */
static inline int64_t
size_of(void *p, unsigned kind)
{
    return (int64_t)(kind == KIND_SMALL ? _effgauge_small_block_size(p) : malloc_usable_size(p));
}

/* Before an outermost release: uncount what it takes. */
static inline void
release(void *p)
{
    if (p != NULL && metered()) {
        unsigned kind = untrack(p);
        if (kind != KIND_NONE) {
            note_live(-size_of(p, kind));
        }
    }
}

/* A realloc, counted as the release of the old block and the allocation
   of the new one. The old block's mark is taken first (its address may be
   reused by the new one); if the realloc fails, the old block stays and is
   counted again. */
static void *
counted_realloc(PyMemAllocatorEx *base, void *ptr, size_t size)
{
    int outermost = metered();
    unsigned kind = outermost && ptr != NULL ? untrack(ptr) : KIND_NONE;
    int64_t before = kind != KIND_NONE ? size_of(ptr, kind) : 0;
    hook_depth++;
    void *p = base->realloc(base->ctx, ptr, size);
    hook_depth--;
    if (outermost) {
        note_live(-before);
        if (p != NULL) {
            track_any(p);
        }
        else if (kind != KIND_NONE) {
            track(ptr, kind, before);
        }
    }
    return p;
}

static void *
hook_malloc(void *ctx, size_t size)
{
    PyMemAllocatorEx *base = ctx;
    effgauge_note_allocation(size);
    hook_depth++;
    void *p = base->malloc(base->ctx, size);
    hook_depth--;
    if (p != NULL && metered()) {
        track_object(p, size);
    }
    return p;
}

static void *
hook_calloc(void *ctx, size_t nelem, size_t elsize)
{
    PyMemAllocatorEx *base = ctx;
    effgauge_note_allocation(nelem * elsize);
    hook_depth++;
    void *p = base->calloc(base->ctx, nelem, elsize);
    hook_depth--;
    if (p != NULL && metered()) {
        track_object(p, nelem * elsize);
    }
    return p;
}

static void *
hook_realloc(void *ctx, void *ptr, size_t size)
{
    effgauge_note_allocation(size);
    return counted_realloc(ctx, ptr, size);
}

static void
hook_free(void *ctx, void *ptr)
{
    PyMemAllocatorEx *base = ctx;
    release(ptr);
    hook_depth++;
    base->free(base->ctx, ptr);
    hook_depth--;
}

/* The libc allocator's realloc either grows a block in place or moves it,
   depending on what happens to lie after it in the heap, and the heap's
   layout depends on everything allocated before, down to the length of the
   candidate's unrelated text. So a realloc is charged as if it always
   moved the block: the bytes it keeps, whatever it did. */
static void *
hook_raw_realloc(void *ctx, void *ptr, size_t size)
{
    size_t kept = ptr ? malloc_usable_size(ptr) : 0;
    effgauge_realloc_begin();
    void *moved = counted_realloc(ctx, ptr, size);
    effgauge_realloc_end();
    if (moved != NULL) {
        effgauge_note_moved(kept < size ? kept : size);
    }
    return moved;
}

static void *
hook_raw_malloc(void *ctx, size_t size)
{
    PyMemAllocatorEx *base = ctx;
    hook_depth++;
    void *p = base->malloc(base->ctx, size);
    hook_depth--;
    if (p != NULL && metered()) {
        track(p, KIND_LARGE, (int64_t)malloc_usable_size(p));
    }
    return p;
}

static void *
hook_raw_calloc(void *ctx, size_t nelem, size_t elsize)
{
    PyMemAllocatorEx *base = ctx;
    hook_depth++;
    void *p = base->calloc(base->ctx, nelem, elsize);
    hook_depth--;
    if (p != NULL && metered()) {
        track(p, KIND_LARGE, (int64_t)malloc_usable_size(p));
    }
    return p;
}

static void
hook_raw_free(void *ctx, void *ptr)
{
    PyMemAllocatorEx *base = ctx;
    release(ptr);
    hook_depth++;
    base->free(base->ctx, ptr);
    hook_depth--;
}

/* The arena allocator: pymalloc's arenas (from inside an object-domain
   call: not counted) and the chunks of the frame stack (counted at the
   size asked, which the release names again). */
static void *
hook_arena_alloc(void *ctx, size_t size)
{
    (void)ctx;
    hook_depth++;
    void *p = base_arena.alloc(base_arena.ctx, size);
    hook_depth--;
    if (p != NULL && metered()) {
        track(p, KIND_ARENA, (int64_t)size);
    }
    return p;
}

static void
hook_arena_free(void *ctx, void *ptr, size_t size)
{
    (void)ctx;
    if (ptr != NULL && metered() && untrack(ptr) != KIND_NONE) {
        note_live(-(int64_t)size);
    }
    hook_depth++;
    base_arena.free(base_arena.ctx, ptr, size);
    hook_depth--;
}

static void
install_allocation_hooks(void)
{
    PyMem_GetAllocator(PYMEM_DOMAIN_RAW, &base_raw);
    PyMemAllocatorEx raw = {&base_raw, hook_raw_malloc, hook_raw_calloc, hook_raw_realloc,
                            hook_raw_free};
    PyMem_SetAllocator(PYMEM_DOMAIN_RAW, &raw);
    PyObject_GetArenaAllocator(&base_arena);
    PyObjectArenaAllocator arena = {NULL, hook_arena_alloc, hook_arena_free};
    PyObject_SetArenaAllocator(&arena);
    PyMem_GetAllocator(PYMEM_DOMAIN_MEM, &base_mem);
    PyMem_GetAllocator(PYMEM_DOMAIN_OBJ, &base_obj);
    PyMemAllocatorEx mem = {&base_mem, hook_malloc, hook_calloc, hook_realloc, hook_free};
    PyMemAllocatorEx obj = {&base_obj, hook_malloc, hook_calloc, hook_realloc, hook_free};
    PyMem_SetAllocator(PYMEM_DOMAIN_MEM, &mem);
    PyMem_SetAllocator(PYMEM_DOMAIN_OBJ, &obj);
}

/* The stdlib image: every module of the runtime's stdlib as compiled code,
   handed over by the host at pre-initialisation (BLOB_IMAGE) and served by
   CPython's own frozen-module importer. The interpreter has no filesystem
   at all, then or later: no file, directory, inode or timestamp of the
   host can reach a candidate or the meter, and the image's content hash is
   part of the runtime's identity on the host. Layout (little-endian):
   "EGIMG1\0\0", u32 count, then per module u32 name length (with its NUL),
   the name, u32 is_package, u32 code length, the code (marshal). */
static const char IMAGE_MAGIC[8] = "EGIMG1\0";

static uint32_t
image_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Installs the image as PyImport_FrozenModules; 0 on success. The image
   stays in memory for the interpreter's life (the snapshot keeps it). */
static int
install_stdlib_image(void)
{
    int len;
    unsigned char *image = (unsigned char *)fetch_blob(BLOB_IMAGE, &len);
    if (image == NULL || len < 12 || memcmp(image, IMAGE_MAGIC, 8) != 0) {
        return -1;
    }
    const unsigned char *p = image + 8, *end = image + len;
    uint32_t count = image_u32(p);
    p += 4;
    struct _frozen *table = calloc((size_t)count + 1, sizeof *table);
    if (table == NULL) {
        return -1;
    }
    for (uint32_t i = 0; i < count; i++) {
        if (end - p < 4) {
            return -1;
        }
        uint32_t name_len = image_u32(p);
        p += 4;
        if (name_len == 0 || (uint32_t)(end - p) < name_len + 8 || p[name_len - 1] != '\0') {
            return -1;
        }
        table[i].name = (const char *)p;
        p += name_len;
        table[i].is_package = (int)image_u32(p);
        uint32_t code_len = image_u32(p + 4);
        p += 8;
        if ((uint32_t)(end - p) < code_len || code_len == 0) {
            return -1;
        }
        table[i].code = p;
        table[i].size = (int)code_len;
        p += code_len;
    }
    PyImport_FrozenModules = table;
    return 0;
}

__attribute__((export_name("wizer-initialize"))) void
effgauge_initialize(void)
{
    if (install_stdlib_image() != 0 || PySys_AddAuditHook(sandbox_audit, NULL) != 0) {
        __builtin_trap();
    }
    PyPreConfig preconfig;
    PyPreConfig_InitPythonConfig(&preconfig);
    preconfig.utf8_mode = 1;
    if (PyStatus_Exception(Py_PreInitialize(&preconfig))) {
        __builtin_trap();
    }
    PyConfig config;
    PyConfig_InitPythonConfig(&config);
    config.site_import = 0;
    config.use_environment = 0;
    config.use_hash_seed = 1;
    config.hash_seed = 0;
    config.write_bytecode = 0;
    config.install_signal_handlers = 0;
    config.user_site_directory = 0;
    config.pathconfig_warnings = 0;
    /* No search path: every module comes from the image (or is built in). */
    config.module_search_paths_set = 1;
    PyStatus status = PyConfig_SetBytesString(&config, &config.program_name, "python");
    if (!PyStatus_Exception(status)) {
        status = PyConfig_SetBytesString(&config, &config.home, "/usr/local");
    }
    if (!PyStatus_Exception(status)) {
        status = Py_InitializeFromConfig(&config);
    }
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status) || PyRun_SimpleString(PRELUDE) != 0) {
        __builtin_trap();
    }
    PyObject *gc_module = PyImport_ImportModule("gc");
    gc_freeze = gc_module ? PyObject_GetAttrString(gc_module, "freeze") : NULL;
    Py_XDECREF(gc_module);
    if (gc_freeze == NULL) {
        __builtin_trap();
    }
    install_allocation_hooks();
    sandbox_sealed = 1;
    effgauge_flush();
}

__attribute__((export_name("effgauge_run"))) void
effgauge_run(void)
{
    if (eg_blob_len(BLOB_SOURCE) >= 0) {
        compile_run();
    }
    else {
        case_run();
    }
}

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "_effgauge", "effgauge's metering protocol (no Python API).", -1, NULL,
};

PyMODINIT_FUNC
PyInit__effgauge(void)
{
    return PyModule_Create(&module_def);
}
