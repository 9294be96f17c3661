"""The corpus of client-side functions (`js=True`) behind tests/fixtures/client-functions.json.

Run by scripts/record-client-functions.sh inside the provisioned Gradio 6.25 runtime. For every function below it
records the function's Python source, what the `groovy` transpiler that Gradio 6.25 ships makes of it (the JS
text, or the transpiler's refusal), and what the Python function itself returns for each sample input (the
result the server would compute). The JSON goes to stdout.

`@case(inputs, gradio=True)` marks a function the way Gradio itself transpiles an event's function
(`transpile(fn, validate=True)`: no parameters, only component updates returned); other functions are
transpiled without validation, as an app does when it sets `fn.__js_implementation__ = transpile(fn)` for a
function with inputs. Each function exercises one construct; the names say which.
"""

from __future__ import annotations

import inspect
import json
import sys
from types import SimpleNamespace

import gradio as gr
from groovy import transpile

CASES: list[tuple[object, list[list[object]], bool]] = []

# Where groovy itself loses the function's meaning in a way no JS engine can see: a keyword argument of
# `gr.update(...)` that is not a literal is written into the JSON as the text of its JS expression, so the
# official frontend (and any faithful interpreter) returns that text, not the Python value.
LOSSY_IN_TRANSPILER = {"update_from_local_variable", "update_from_expression"}


def case(inputs: list[list[object]] | None = None, gradio: bool = False):
    def register(fn):
        CASES.append((fn, inputs if inputs is not None else [[]], gradio))
        return fn

    return register


# --- What Gradio transpiles (validate=True): no inputs, component updates only ---


@case(gradio=True)
def hide_box():
    return gr.update(visible=False)


@case(gradio=True)
def show_and_relabel():
    return gr.update(visible=True, label="Shown", info=None)


@case(gradio=True)
def textbox_constructor():
    return gr.Textbox(placeholder="Type here", lines=3, interactive=True)


@case(gradio=True)
def two_outputs():
    return gr.update(visible=False), gr.Button(variant="stop")


@case(gradio=True)
def update_with_value():
    return gr.update(value="fixed text", visible=True)


@case(gradio=True)
def update_nested_literals():
    return gr.update(choices=["a", "b", "c"], value=["a"], elem_classes=["x", "y"])


@case(gradio=True)
def update_number_value():
    return gr.update(value=42, minimum=0, maximum=100.5)


@case(gradio=True)
def update_negative_literal():
    return gr.update(value=-3)


@case(gradio=True)
def update_from_local_variable():
    label = "computed"
    return gr.update(label=label)


@case(gradio=True)
def update_from_expression():
    return gr.update(value=2 + 3)


@case(gradio=True)
def early_return_branch():
    show = 1
    if show > 0:
        return gr.update(visible=True)
    return gr.update(visible=False)


@case(gradio=True)
def loop_then_update():
    total = 0
    for i in range(4):
        total += i
    if total == 6:
        return gr.update(label="six")
    return gr.update(label="other")


@case(gradio=True)
def fstring_label():
    name = "x"
    return gr.update(label=f"Hello {name}")


@case(gradio=True)
def with_argument_rejected(x):
    return gr.update(visible=x)


@case(gradio=True)
def returns_plain_value():
    return "not an update"


@case(gradio=True)
def constructor_with_value_rejected():
    return gr.Textbox(value="no")


lambda_update = case(gradio=True)(lambda: gr.update(visible=False, interactive=False))


@case(gradio=True)
def loop_over_literal_list():
    count = 0
    for name in ["a", "b", "c"]:
        if name in ["a", "c"]:
            count += 1
    if count == 2:
        return gr.update(label="two")
    return gr.update(label="other")


@case(gradio=True)
def while_in_validated():
    n = 0
    while n < 3:
        n = n + 1
    if n == 3:
        return gr.Slider(maximum=3), gr.update(visible=True)
    return gr.Slider(maximum=0), gr.update(visible=False)


@case(gradio=True)
def dict_building():
    d = {"x": 1}
    d["y"] = 2
    if len(d) == 2:
        return gr.update(visible=True)
    return gr.update(visible=False)


# --- Functions with inputs (transpile(fn) set as fn.__js_implementation__) ---


@case([[2, 3], [0, 0], [1.5, 2.25], [-4, 10]])
def add_numbers(a: int, b: int):
    return a + b


@case([[10, 4], [3, 3], [2.5, 0.5]])
def arithmetic_mix(a: float, b: float):
    return (a - b) * 2.0 / b


@case([[7, 0]])
def divide_by_zero(a: int, b: int):
    return a / b


@case([["ab", "cd"], ["", ""], ["é", "ü"]])
def concat_strings(a: str, b: str):
    return a + b


@case([["hi", 3]])
def annotation_lies(a: int, b: int):
    return a + b


@case([[3, 5], [5, 3], [4, 4]])
def compare_chain(a: int, b: int):
    if a < b:
        return "less"
    elif a > b:
        return "greater"
    else:
        return "equal"


@case([[3, 3], [3, 4]])
def compare_eq_ne(a: int, b: int):
    if a != b:
        return "different"
    return "same"


@case([[1, 2], [2, 2]])
def compare_le_ge(a: int, b: int):
    return [a <= b, a >= b]


@case([["abc"], [""], ["a😀b"]])
def string_length(s: str):
    return len(s)


@case([[[1, 2, 3]], [[]]])
def list_length(items: list):
    return len(items)


@case([[{"a": 1, "b": 2}], [{}]])
def dict_length(d: dict):
    return len(d)


@case([[5], [0], [3]])
def sum_range(n: int):
    total = 0
    for i in range(n):
        total += i
    return total


@case([[2, 6], [5, 5]])
def range_start_stop(a: int, b: int):
    out = []
    for i in range(a, b):
        out = out + [i * 10]
    return out


@case([[[1, 2, 3]], [[]]])
def for_over_list(items: list):
    total = 0
    for x in items:
        total = total + x
    return total


@case([[3], [0]])
def while_countdown(n: int):
    steps = 0
    while n > 0:
        n = n - 1
        steps = steps + 1
    return steps


@case([[[1, 5, 12, 20]], [[]]])
def comprehension_filter_map(items: list):
    return [x * 2 for x in items if x > 4]


@case([[[1, 2, 3]]])
def comprehension_map(items: list):
    return [x + 1 for x in items]


@case([[[3, 8, 1]]])
def comprehension_filter_only(items: list):
    return [x for x in items if x > 2]


@case([[["a", "bb", "x"], ["a", "x"]], [[], ["a"]]])
def comprehension_membership(items: list, allowed: list):
    return [x for x in items if x in allowed]


@case([[["a", "bb", "ccc"]], [[]]])
def comprehension_lengths(words: list):
    return [len(w) for w in words]


@case([["b", ["a", "b"]], ["z", ["a", "b"]], ["ell", "hello"]])
def membership(x: str, items: list):
    if x in items:
        return "found"
    return "missing"


@case([["q", ["a"]], ["a", ["a"]]])
def not_membership(x: str, items: list):
    return x not in items


@case([["k", {"k": 1}]])
def membership_in_dict(x: str, d: dict):
    return x in d


@case([[1, 2], [0, 5]])
def bool_and_or(a: int, b: int):
    return (a > 0 and b > 1) or a == 0


@case([[[]], [[1]]])
def truthiness_of_list(items: list):
    if items or 0:
        return "truthy"
    return "falsy"


@case([[[4, 5, 6]]])
def subscript_read(items: list):
    return items[1]


@case([[[4, 5, 6]]])
def negative_index(items: list):
    return items[-1]


@case([[[4, 5, 6], 1]])
def subscript_assign(items: list, i: int):
    items[i] = 50
    return items


@case([[{"name": "Ada"}]])
def dict_subscript(d: dict):
    return d["name"]


@case([[{"name": "Ada"}]])
def dict_missing_key(d: dict):
    return d["age"]


@case([["Ada", 36]])
def dict_literal(name: str, age: int):
    return {"name": name, "age": age, "tags": ["x", "y"]}


@case([["v"]])
def dict_variable_key(k: str):
    return {k: 1}


@case([[2, 3]])
def tuple_return(a: int, b: int):
    return a + b, a * b


@case([[[1, 2], [1, 2]]])
def list_equality(a: list, b: list):
    return a == b


@case([["a,b,c"], ["x"]])
def string_split(s: str):
    return s.split(",")


@case([["hello"]])
def python_string_method(s: str):
    return s.upper()


@case([[[1, 2]]])
def list_append(items: list):
    items.append(3)
    return items


@case([[1]])
def python_bool_constant(a: int):
    flag = True
    if a > 0:
        flag = False
    return flag


@case([[4]])
def none_result(a: int):
    result = None
    if a > 10:
        result = "big"
    return result


@case([[3, 4]])
def nested_if(a: int, b: int):
    if a > 1:
        if b > 3:
            return "both"
        return "a only"
    return "neither"


@case([[3037000500, 3037000500], [4, 5]])
def big_integers(a: int, b: int):
    return a * b


@case([[5]])
def untyped_mixed(n):
    return n + 1


@case([[5]])
def unary_minus(n: int):
    return -n


@case([[5]])
def modulo(n: int):
    return n % 2


@case([[True]])
def logical_not(flag: bool):
    return not flag


@case([["abc"]])
def slicing(s: str):
    return s[1:]


@case([[2]])
def builtin_call(n: int):
    return str(n)


@case([[2]])
def try_except(n: int):
    try:
        return n
    except Exception:
        return 0


@case([[1, 2]])
def chained_comparison(a: int, b: int):
    return 0 < a < b


# --- Recording ---


def to_json(value: object) -> object:
    """The wire form of a function result (what Gradio turns a return value into before postprocessing)."""
    if isinstance(value, gr.blocks.Block):
        return {**{k: to_json(v) for k, v in value.constructor_args.items()}, "__type__": "update"}
    if isinstance(value, SimpleNamespace):
        return {**{k: to_json(v) for k, v in vars(value).items()}, "__type__": "update"}
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    return value


def run(fn, args: list[object]) -> dict[str, object]:
    copies = json.loads(json.dumps(args))
    try:
        return {"value": to_json(fn(*copies))}
    except Exception as error:  # noqa: BLE001 - the error is the recorded result
        return {"error": f"{type(error).__name__}: {error}"}


def record() -> dict[str, object]:
    cases = []
    for fn, inputs, gradio in CASES:
        try:
            js = transpile(fn, validate=gradio)
            refused = None
        except Exception as error:  # noqa: BLE001 - the transpiler's refusal is the recorded result
            js = None
            refused = " ".join(str(error).split())
        cases.append(
            {
                "name": fn.__name__ if fn.__name__ != "<lambda>" else "lambda_update",
                "python": inspect.getsource(fn).strip(),
                "gradioValidated": gradio,
                "lossyInTranspiler": fn.__name__ in LOSSY_IN_TRANSPILER,
                "js": js,
                "transpileError": refused,
                "samples": [{"args": args, "python": run(fn, args)} for args in inputs],
            }
        )
    return {
        "gradio": gr.__version__,
        "python": sys.version.split()[0],
        "cases": cases,
    }


if __name__ == "__main__":
    json.dump(record(), sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
