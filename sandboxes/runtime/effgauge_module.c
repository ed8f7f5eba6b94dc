/*
 * _effgauge: the guest half of effgauge's metering protocol, compiled into
 * our CPython-for-WASI as a static built-in module.
 *
 * Why in C: every step that could let a candidate forge its verdict or hide
 * its cost happens here, out of reach of Python code. The candidate's source,
 * the entry name and each input arrive through host imports (never stdin);
 * inputs are decoded and outputs encoded with marshal (exact builtin types
 * only, no Python-level hooks); the cost markers are wasm imports that no
 * Python code can call. serve() is one-shot, so a candidate that calls it
 * itself only consumes the run it was going to get anyway.
 */
#define PY_SSIZE_T_CLEAN
#include "Python.h"
#include "marshal.h"
#include "pycore_interp.h"
#include "pycore_pystate.h"

#define HOST(name) __attribute__((import_module("effgauge"), import_name(name)))

/* Length of blob `kind` (0 source, 1 entry name, 2 input `index`), or -1. */
HOST("blob_len") extern int eg_blob_len(int kind, int index);
HOST("blob_read") extern void eg_blob_read(int kind, int index, char *dst);
/* Phase markers: 0 import begin, 1 import end, 2 call begin, 3 call end
   (index -2: the calibration bracket). */
HOST("mark") extern void eg_mark(int kind, int index);
/* Reports: 0 output (marshal), 1 error type name, 2 error message. */
HOST("report") extern void eg_report(int kind, int index, const char *src, int len);

static int served = 0;

static void
report_str(int kind, int index, const char *s)
{
    eg_report(kind, index, s, (int)strlen(s));
}

/* Report the pending exception as an error of call `index` (-1: import). */
static void
report_exception(int index)
{
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    const char *name = type ? ((PyTypeObject *)type)->tp_name : "Exception";
    report_str(1, index, name);
    PyObject *msg = value ? PyObject_Str(value) : NULL;
    const char *utf8 = NULL;
    Py_ssize_t len = 0;
    if (msg && PyUnicode_CheckExact(msg)) {
        utf8 = PyUnicode_AsUTF8AndSize(msg, &len);
    }
    if (utf8) {
        eg_report(2, index, utf8, (int)(len > (1 << 16) ? (1 << 16) : len));
    }
    else {
        report_str(2, index, "<unprintable exception>");
    }
    PyErr_Clear();
    Py_XDECREF(msg);
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
}

/* A host blob as a fresh heap buffer, or NULL when the host has none. */
static char *
fetch_blob(int kind, int index, int *len)
{
    *len = eg_blob_len(kind, index);
    if (*len < 0) {
        return NULL;
    }
    char *buf = PyMem_RawMalloc((size_t)*len + 1);
    if (buf == NULL) {
        return NULL;
    }
    eg_blob_read(kind, index, buf);
    buf[*len] = '\0';
    return buf;
}

/* Compile and execute the candidate as module "solution"; return its entry. */
static PyObject *
load_entry(void)
{
    int src_len, entry_len;
    char *src = fetch_blob(0, 0, &src_len);
    char *entry = fetch_blob(1, 0, &entry_len);
    PyObject *fn = NULL, *code = NULL, *module = NULL;
    if (src == NULL || entry == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "host sent no candidate");
        goto done;
    }
    code = Py_CompileStringExFlags(src, "solution.py", Py_file_input, NULL, -1);
    if (code == NULL) {
        goto done;
    }
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
    fn = PyObject_GetAttrString(module, entry);
    if (fn == NULL) {
        PyErr_Clear();
        PyErr_Format(PyExc_NameError, "entry point '%s' is not defined", entry);
    }
    else if (!PyCallable_Check(fn)) {
        Py_CLEAR(fn);
        PyErr_Format(PyExc_TypeError, "entry point '%s' is not callable", entry);
    }
done:
    Py_XDECREF(code);
    Py_XDECREF(module);
    PyMem_RawFree(src);
    PyMem_RawFree(entry);
    return fn;
}

/* Encode with marshal version 2 (no back-references), with no limit on
   int digits: the limit guards str(), not our wire format. */
static PyObject *
encode_output(PyObject *value)
{
    PyInterpreterState *interp = _PyInterpreterState_GET();
    int saved = interp->int_max_str_digits;
    interp->int_max_str_digits = 0;
    PyObject *bytes = PyMarshal_WriteObjectToString(value, 2);
    interp->int_max_str_digits = saved;
    return bytes;
}

static void
run_call(PyObject *fn, int index, const char *buf, int len)
{
    /* No collection while decoding: a gc callback could otherwise see the
       half-built input outside the metered bracket. */
    int gc_was_enabled = PyGC_Disable();
    PyObject *args = PyMarshal_ReadObjectFromString(buf, len);
    if (gc_was_enabled) {
        PyGC_Enable();
    }
    if (args == NULL || !PyTuple_CheckExact(args)) {
        Py_XDECREF(args);
        PyErr_Clear();
        report_str(1, index, "HarnessError");
        report_str(2, index, "host sent a malformed input");
        return;
    }
    eg_mark(2, index);
    PyObject *result = PyObject_Call(fn, args, NULL);
    eg_mark(3, index);
    Py_DECREF(args);
    if (result == NULL) {
        report_exception(index);
        return;
    }
    PyObject *bytes = encode_output(result);
    Py_DECREF(result);
    if (bytes == NULL) {
        PyErr_Clear();
        report_str(1, index, "TypeError");
        report_str(2, index, "the return value is not made of plain builtin types "
                             "(None, bool, int, float, str, bytes, list, tuple, dict, set)");
        return;
    }
    eg_report(0, index, PyBytes_AS_STRING(bytes), (int)PyBytes_GET_SIZE(bytes));
    Py_DECREF(bytes);
}

static PyObject *
serve(PyObject *self, PyObject *unused)
{
    if (served) {
        PyErr_SetString(PyExc_RuntimeError, "_effgauge.serve() runs once");
        return NULL;
    }
    served = 1;
    eg_mark(0, -1);
    PyObject *fn = load_entry();
    eg_mark(1, -1);
    if (fn == NULL) {
        report_exception(-1);
        Py_RETURN_NONE;
    }
    /* An empty bracket, index -2: what the markers themselves cost, which
       the host subtracts from every call. */
    eg_mark(2, -2);
    eg_mark(3, -2);
    for (int index = 0;; index++) {
        int len;
        char *buf = fetch_blob(2, index, &len);
        if (buf == NULL) {
            break;
        }
        run_call(fn, index, buf, len);
        PyMem_RawFree(buf);
    }
    Py_DECREF(fn);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"serve", serve, METH_NOARGS, "Run the candidate the host sends. Once."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "_effgauge", "effgauge's metering protocol.", -1, methods,
};

PyMODINIT_FUNC
PyInit__effgauge(void)
{
    return PyModule_Create(&module_def);
}
