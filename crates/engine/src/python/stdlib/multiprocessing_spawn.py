"""How a spawned child starts, as CPython's multiprocessing/spawn.py: a fresh
interpreter runs the program again as `__mp_main__` (its top-level code runs again,
and a `start()` there that is not under `if __name__ == '__main__':` is refused),
then runs the process object its parent sent.

The parent's side is `multiprocessing.popen_spawn_posix`. The session starts a
spawned child's interpreter on `spawn_main`, as CPython's `python -c` does."""

__cpython_file__ = "/usr/lib/python3.11/multiprocessing/spawn.py"

import _kernel
import sys
import multiprocessing as process

_NOT_BOOTSTRAPPED = '''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        '''


def spawn_main(pipe_handle, parent_pid=None, tracker_fd=None):
    """Runs what the parent handed this process (`_kernel.boot()`), then exits."""
    fd = pipe_handle
    parent_sentinel = parent_pid
    exitcode = _main(fd, parent_sentinel)  #@cpython:122
    sys.exit(exitcode)


def _main(fd, parent_sentinel):
    preparation_data, modules, process_data = _kernel.loads(_kernel.boot())
    preparation_data = _kernel.loads(preparation_data)
    process.current_process()._inheriting = True
    try:
        prepare(preparation_data)  #@cpython:131
        # Unpickling imports the modules the process object's classes live in.
        for name in modules:
            _kernel.import_module(name)
        self = _kernel.loads(process_data)
    finally:
        del process.current_process()._inheriting
    return self._bootstrap()


def _check_not_importing_main():
    if getattr(process.current_process(), '_inheriting', False):
        raise RuntimeError(_NOT_BOOTSTRAPPED)  #@cpython:140|raise RuntimeError('''


def get_preparation_data(name):
    """What the child needs before it can rebuild the process object."""
    _check_not_importing_main()  #@cpython:164
    return dict(
        name=name,
        authkey=bytes(process.current_process().authkey),
        start_method=process.get_start_method(),
        init_main_from_path=sys.argv[0],
    )


def prepare(data):
    if 'name' in data:
        process.current_process().name = data['name']
    if 'authkey' in data:
        process.current_process().authkey = data['authkey']
    if 'start_method' in data:
        process.set_start_method(data['start_method'], force=True)
    if 'init_main_from_path' in data:
        _fixup_main_from_path(data['init_main_from_path'])  #@cpython:246


def _fixup_main_from_path(main_path):
    main_content = runpy.run_path(main_path,  #@cpython:297
                                  run_name="__mp_main__")
    return main_content


class runpy:
    """The part of CPython's (frozen) runpy a spawned child goes through: the
    program runs in a new module `__mp_main__`, which is `__main__` from then on."""

    @staticmethod
    def run_path(path_name, init_globals=None, run_name=None):
        module = _kernel.main_module(run_name)
        return _run_module_code(module, init_globals, run_name)  #@cpython:<frozen runpy>:291


def _run_module_code(code, init_globals=None, mod_name=None):
    return _run_code(code, init_globals)  #@cpython:<frozen runpy>:98


def _run_code(code, run_globals):
    _kernel.exec_main(code)  #@cpython:<frozen runpy>:88
    return code
