"""subprocess: child processes, as CPython 3.11's module offers them.

The simulated machine has one program to run: its own Python. `sys.executable`
(or `python3`, `python`) with `-c CODE` or `SCRIPT ARGS` (a file among the run's
files) starts a fresh interpreter as a child process, a lane of its own; any other
program is not there (CPython's FileNotFoundError). The child's standard streams
are the console unless they are PIPE (a kernel pipe whose messages are raw bytes,
os/stdio.rs), DEVNULL or, for stderr, STDOUT. `shell=True` runs one simple command
as dash would on this machine: Python, echo, exit, true and false are there, any other
command is "not found" (status 127)."""

__cpython_file__ = "/usr/lib/python3.11/subprocess.py"

import _kernel
import sys
import time

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

# Names this machine's Python answers to, besides sys.executable.
_PYTHONS = ('python3', 'python', 'python3.11', '/usr/bin/python3', '/usr/bin/python',
            '/usr/bin/python3.11', '/usr/local/bin/python3')
# Interpreter options that change nothing here.
_QUIET_OPTIONS = ('-u', '-B', '-E', '-s', '-S', '-I', '-O', '-OO', '-q', '-b', '-bb', '-d', '-v')
_SIGNAL_NAMES = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 6: 'SIGABRT', 9: 'SIGKILL', 10: 'SIGUSR1',
                 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM'}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            name = _SIGNAL_NAMES.get(-code)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -code)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -code)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        shown = ['args=%r' % (self.args,), 'returncode=%r' % (self.returncode,)]
        for name in ('stdout', 'stderr'):
            value = getattr(self, name)
            if value is not None:
                shown.append('%s=%r' % (name, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)  #@cpython:391
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)  #@cpython:413
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        # input=None means empty input, of the mode's type.
        text = kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
            or kwargs.get('errors')
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,  #@cpython:466
               **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:  #@cpython:548
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)  #@cpython:550
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)  #@cpython:571|raise CalledProcessError(retcode, process.args,
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


class _End:
    """The parent's end of one of a child's pipes (side 0 is read, side 1 written)."""

    _side = 0

    def close(self):
        if not self.closed:
            self.closed = True
            _kernel.close_end(self._pipe, self._side)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _Reader(_End):
    """The parent's end of a child's stdout or stderr: bytes as the child wrote
    them, or text (UTF-8, universal newlines) in text mode."""

    def __init__(self, pipe, text):
        self._pipe = pipe
        self._text = text
        self._buffer = b''
        self._eof = False
        self.closed = False

    def _more(self):
        if self._eof or self.closed:
            return False
        ok, data = _kernel.recv_raw(self._pipe, 0)
        if ok:
            self._buffer += data
        else:
            self._eof = True
        return ok

    def _give(self, data):
        if not self._text:
            return data
        return data.decode('utf-8', 'replace').replace('\r\n', '\n').replace('\r', '\n')

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            while self._more():
                pass
            size = len(self._buffer)
        while len(self._buffer) < size and self._more():
            pass
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return self._give(data)

    def readline(self, size=-1):
        self._check()
        while b'\n' not in self._buffer and self._more():
            pass
        end = self._buffer.find(b'\n') + 1 or len(self._buffer)
        data, self._buffer = self._buffer[:end], self._buffer[end:]
        return self._give(data)

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if self._text else 'read of closed file')

    # select.select and selectors watch the pipe's end (stdlib/select.py).
    def fileno(self):
        self._check()
        return 100 + self._pipe

    def _interleave_watch(self):
        return (self._pipe, 0)


class _Writer(_End):
    """The parent's end of a child's stdin."""

    _side = 1

    def __init__(self, pipe, text):
        self._pipe = pipe
        self._text = text
        self.closed = False

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if self._text else 'write to closed file')
        if self._text:
            if not isinstance(data, str):
                raise TypeError('write() argument must be str, not %s' % type(data).__name__)
            raw = data.encode('utf-8')
        else:
            if isinstance(data, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            raw = bytes(data)
        if raw and _kernel.send_raw(self._pipe, 1, raw) is not None:
            raise BrokenPipeError(32, 'Broken pipe')
        return len(data)

    def flush(self):
        pass


_SHELL_SPECIAL = '|&;<>()$`*?[]{}~\n'


def _shell_words(line):
    """The words of a simple command as sh splits them (quotes, backslashes), or
    None when the line asks for more than a simple command."""
    words, word, quote, started = [], '', None, False
    i = 0
    while i < len(line):
        c = line[i]
        if quote == "'":
            if c == "'":
                quote = None
            else:
                word += c
        elif quote == '"':
            if c == '"':
                quote = None
            elif c == '\\' and i + 1 < len(line) and line[i + 1] in '"\\$`':
                i += 1
                word += line[i]
            elif c in '$`':
                return None
            else:
                word += c
        elif c in '\'"':
            quote, started = c, True
        elif c == '\\' and i + 1 < len(line):
            i += 1
            word += line[i]
            started = True
        elif c in ' \t':
            if started:
                words.append(word)
            word, started = '', False
        elif c in _SHELL_SPECIAL:
            return None
        else:
            word += c
            started = True
        i += 1
    if quote is not None:
        return None
    if started:
        words.append(word)
    return words


def _shell(line):
    """What this machine's /bin/sh (dash) does with `line`: its own Python, echo,
    exit, true and false; any other command is not found."""
    words = _shell_words(line)
    if words is None:
        raise NotImplementedError(
            "Interleave's /bin/sh runs one simple command (no pipes, redirections or variables)")
    if not words:
        return '<string>', ('', ['-c'])
    name, rest = words[0], words[1:]
    if name == sys.executable or name in _PYTHONS:
        return None, words
    if name == 'echo':
        text = ' '.join(rest) + '\n'
        return '<string>', ('import sys\nsys.stdout.write(%r)\n' % (text,), ['-c'])
    if name in ('exit', 'true', 'false', ':'):
        code = 1 if name == 'false' else int(rest[0]) if name == 'exit' and rest and rest[0].isdigit() else 0
        return '<string>', ('import sys\nsys.exit(%d)\n' % (code % 256,), ['-c'])
    message = '/bin/sh: 1: %s: not found\n' % name
    return '<string>', ('import sys\nsys.stderr.write(%r)\nsys.exit(127)\n' % (message,), ['-c'])


def _command(args, executable, shell):
    """(filename, source, sys.argv) of the Python program `args` runs."""
    if shell:
        line = args if isinstance(args, (str, bytes)) else list(args)[0]
        line = line.decode() if isinstance(line, bytes) else line
        filename, command = _shell(line)
        if filename is not None:
            return filename, command
        args, shell = command, False
    if isinstance(args, (str, bytes)):
        args = [args]
    else:
        args = list(args)
    args = [a.decode() if isinstance(a, bytes) else str(a) if hasattr(a, '__fspath__') else a for a in args]
    program = executable if executable is not None else args[0]
    if program != sys.executable and program not in _PYTHONS:
        return program, None
    options = args[1:]
    while options and options[0] in _QUIET_OPTIONS:
        options = options[1:]
    if options[:1] == ['-c'] and len(options) >= 2:
        return '<string>', (options[1], ['-c'] + options[2:])
    if not options or options[0].startswith('-'):
        raise NotImplementedError(
            'Interleave runs `python3 -c CODE` and `python3 SCRIPT ARGS` as child processes')
    script = options[0]
    try:
        with open(script) as f:
            source = f.read()
    except OSError as e:
        # What CPython's interpreter says, run in the child so it exits with 2.
        message = "%s: can't open file %r: [Errno %d] %s\n" % (
            program, '/home/student/' + script.lstrip('./') if not script.startswith('/') else script,
            e.errno, e.strerror)
        source = 'import sys\nsys.stderr.write(%r)\nsys.exit(2)\n' % (message,)
        return '<string>', (source, options)
    return script, (source, options)


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self._communication_started = False
        if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self._execute_child(args, executable, shell, stdin, stdout, stderr)  #@cpython:1026|self._execute_child(args, executable, preexec_fn, close_fds,

    @property
    def universal_newlines(self):
        return self.text_mode

    def _execute_child(self, args, executable, shell, stdin, stdout, stderr):
        err_filename, command = _command(args, executable, shell)
        if command is None:
            raise FileNotFoundError(2, 'No such file or directory', err_filename)  #@cpython:1950|raise child_exception_type(errno_num, err_msg, err_filename)
        source, argv = command
        filename = err_filename
        # Each stream: the pipe end the child holds ('h,side'), or '-' for the console.
        specs = []
        ends = []
        mine = []
        # A file object for stdout or stderr: the child writes into a pipe that is
        # emptied into the file before the child is waited for.
        self._into_files = []
        for fd, how in enumerate((stdin, stdout, stderr)):
            if fd > 0 and hasattr(how, 'write') and not isinstance(how, int):
                pipe = _kernel.new_pipe(False)
                specs.append('%d,1' % pipe)
                ends.append((pipe, 1))
                self._into_files.append((_Reader(pipe, False), how))
            elif how is None:
                specs.append('-')
            elif how == DEVNULL:
                specs.append('0,2')
            elif how == STDOUT and fd == 2:
                specs.append(specs[1])
            elif how == PIPE:
                pipe = _kernel.new_pipe(False)
                theirs = 0 if fd == 0 else 1
                specs.append('%d,%d' % (pipe, theirs))
                ends.append((pipe, theirs))
                mine.append((fd, pipe))
            else:
                raise NotImplementedError(
                    'Interleave connects a child stream to PIPE, DEVNULL, STDOUT or the console only')
        boot = '\0'.join([filename, source, ';'.join(specs)] + list(argv))
        self.pid = _kernel.spawn(b'#subprocess\0' + boot.encode('utf-8', 'surrogateescape'), ends)
        for pipe, side in ends:
            _kernel.close_end(pipe, side)
        for fd, pipe in mine:
            if fd == 0:
                self.stdin = _Writer(pipe, self.text_mode)
            elif fd == 1:
                self.stdout = _Reader(pipe, self.text_mode)
            else:
                self.stderr = _Reader(pipe, self.text_mode)

    def __repr__(self):
        shown = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(shown) > 80:
            shown = shown[:76] + "...>"
        return shown

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def poll(self):
        if self.returncode is None:
            code = _kernel.poll_child(self.pid)
            if code is not None:
                self._fill_files()
                self.returncode = code
        return self.returncode

    def wait(self, timeout=None):
        return self._wait(timeout=timeout)  #@cpython:1264

    def _fill_files(self):
        # What the child wrote for a file object given as its stdout or stderr.
        for reader, file in self._into_files:
            data = reader.read()
            reader.close()
            if data:
                file.write(data if 'b' in getattr(file, 'mode', 'b') else data.decode('utf-8', 'replace'))
        self._into_files = []

    def _wait(self, timeout):
        if self.returncode is not None:
            return self.returncode
        if self._into_files and (timeout is None or _kernel.poll_child(self.pid) is not None):
            self._fill_files()
        code = _kernel.wait_child(self.pid, timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)  #@cpython:2038
        self.returncode = code
        return code

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - time.monotonic()

    def communicate(self, input=None, timeout=None):
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return (stdout, stderr)
        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)  #@cpython:1209
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))  #@cpython:1228|sts = self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        self.stdin.close()

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            self._stdin_write(input)
        # Both output streams are read as they come, as CPython's selector loop does.
        while True:
            streams = [s for s in (self.stdout, self.stderr) if s is not None and not s.closed and not s._eof]
            if not streams:
                break
            timeout = None if endtime is None else max(self._remaining_time(endtime), 0)
            ready, _ = _kernel.select([(s._pipe, 0) for s in streams], [], timeout)
            if not ready:
                self._check_timeout(endtime, orig_timeout)  #@cpython:2101|self._check_timeout(endtime, orig_timeout,
            for i in ready:
                streams[i]._more()
        stdout = self.stdout.read() if self.stdout else None
        stderr = self.stderr.read() if self.stderr else None
        for stream in (self.stdout, self.stderr):
            if stream is not None:
                stream.close()
        self.wait(timeout=self._remaining_time(endtime))  #@cpython:2134
        return (stdout, stderr)

    def _check_timeout(self, endtime, orig_timeout):
        if endtime is not None and time.monotonic() >= endtime:
            # What came so far, None where nothing did.
            output = (self.stdout._buffer or None) if self.stdout else None
            stderr = (self.stderr._buffer or None) if self.stderr else None
            raise TimeoutExpired(self.args, orig_timeout, output=output, stderr=stderr)  #@cpython:1253|raise TimeoutExpired(

    def send_signal(self, sig):
        self.poll()
        if self.returncode is not None:
            return
        _kernel.kill(self.pid, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)
