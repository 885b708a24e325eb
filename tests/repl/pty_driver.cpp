// pty_driver WEFT SCRIPT.repl: plays a REPL session against WEFT on a pseudo-terminal, typing keys
// and checking the text that appears on the terminal. Exit status 0 when every check passes.
//
// SCRIPT.repl, one command per line ('#' starts a comment line):
//   home                 make a fresh temporary directory and use it as $HOME (removed at the end)
//   env NAME=VALUE       set an environment variable for weft (before `start`)
//   start [ARG...]       start weft with these arguments (TERM=dumb, INPUTRC=/dev/null)
//   send TEXT            type TEXT; escapes: \n (Enter), \t (Tab), \xHH (e.g. \x03 Ctrl-C,
//                        \x04 Ctrl-D), \\ (backslash)
//   expect TEXT          wait (up to 10 s) until TEXT appears on the terminal after the previous
//                        match; the same escapes (\n is a line break in the output)
//   reject TEXT          TEXT does not appear (within 300 ms) after the previous match
//   sleep MS             wait MS milliseconds (to let running code start before a Ctrl-C)
//   exit STATUS          wait (up to 10 s) for weft to end with exit status STATUS
//   file PATH TEXT       the file PATH ($HOME is replaced) exists and contains TEXT
//   lines PATH MIN MAX   the file PATH has between MIN and MAX lines
//   fill PATH N TEXT     write N lines "TEXT1" ... "TEXTN" into PATH (e.g. an old history)
// `start` may come again after `exit` (a new session; the terminal text starts afresh).
// The terminal text is the output with escape sequences and carriage returns removed
// (PTY_DRIVER_DUMP=1 prints it at the end).
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string weft_path, script_path, home_dir;
int master_fd = -1;
pid_t child = -1;
std::string raw;     // everything read from the terminal
size_t matched = 0;  // position in the cleaned text after the last `expect`
int line_no = 0;

// The output as a reader sees it: no escape sequences, no carriage returns, bells or backspaces.
std::string screen_text() {
  std::string out;
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '\x1b') {
      if (i + 1 < raw.size() && raw[i + 1] == '[') {  // CSI: parameters then a final byte
        i += 2;
        while (i < raw.size() && !(raw[i] >= 0x40 && raw[i] <= 0x7e)) ++i;
      } else if (i + 1 < raw.size() && raw[i + 1] == ']') {  // OSC: up to BEL or ESC backslash
        i += 2;
        while (i < raw.size() && raw[i] != '\a' && raw[i] != '\x1b') ++i;
      } else {
        ++i;
      }
      continue;
    }
    if (c == '\r' || c == '\a') continue;
    if (c == '\b') {
      if (!out.empty() && out.back() != '\n') out.pop_back();
      continue;
    }
    out += c;
  }
  return out;
}

std::string unescape(const std::string& s, bool keys) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char e = s[++i];
    if (e == 'n') out += keys ? '\r' : '\n';
    else if (e == 't') out += '\t';
    else if (e == 'x' && i + 2 < s.size()) {
      out += char(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else out += e;
  }
  return out;
}

void cleanup() {
  if (child > 0) {
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    child = -1;
  }
  if (!home_dir.empty()) {
    std::string cmd = "rm -rf '" + home_dir + "'";
    if (system(cmd.c_str()) != 0) {}
    home_dir.clear();
  }
}

[[noreturn]] void fail(const std::string& why) {
  std::string text = screen_text();
  fprintf(stderr, "%s:%d: FAIL: %s\n--- terminal text (after the last match) ---\n%s\n--- end ---\n",
          script_path.c_str(), line_no, why.c_str(), text.substr(std::min(matched, text.size())).c_str());
  cleanup();
  exit(1);
}

// Reads whatever the terminal has within `ms` milliseconds; false at end of output.
bool pump(int ms) {
  if (master_fd < 0) return false;
  struct pollfd p = {master_fd, POLLIN, 0};
  int r = poll(&p, 1, ms);
  if (r <= 0) return true;
  char buf[4096];
  ssize_t n = read(master_fd, buf, sizeof buf);
  if (n <= 0) return false;  // EIO once the child has closed the terminal
  raw.append(buf, size_t(n));
  return true;
}

using Clock = std::chrono::steady_clock;

void expect(const std::string& want) {
  auto deadline = Clock::now() + std::chrono::seconds(10);
  for (;;) {
    std::string text = screen_text();
    size_t at = text.find(want, std::min(matched, text.size()));
    if (at != std::string::npos) {
      matched = at + want.size();
      return;
    }
    if (Clock::now() > deadline) fail("expected text did not appear: \"" + want + "\"");
    if (!pump(50)) {
      text = screen_text();
      if (text.find(want, std::min(matched, text.size())) == std::string::npos)
        fail("weft ended before this text appeared: \"" + want + "\"");
    }
  }
}

void start(const std::vector<std::string>& args) {
  if (master_fd >= 0) close(master_fd);
  raw.clear();
  matched = 0;
  struct winsize ws = {};
  ws.ws_row = 24;
  ws.ws_col = 200;
  child = forkpty(&master_fd, nullptr, nullptr, &ws);
  if (child < 0) fail("forkpty failed");
  if (child == 0) {
    setenv("TERM", "dumb", 1);
    setenv("INPUTRC", "/dev/null", 1);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(weft_path.c_str()));
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(weft_path.c_str(), argv.data());
    _exit(127);
  }
}

void send(const std::string& keys) {
  if (master_fd < 0) fail("send before start");
  size_t off = 0;
  while (off < keys.size()) {
    ssize_t n = write(master_fd, keys.data() + off, keys.size() - off);
    if (n <= 0) fail("cannot write to the terminal");
    off += size_t(n);
  }
  pump(20);
}

void wait_exit(int want) {
  auto deadline = Clock::now() + std::chrono::seconds(10);
  int status = 0;
  for (;;) {
    pump(20);
    pid_t r = waitpid(child, &status, WNOHANG);
    if (r == child) break;
    if (Clock::now() > deadline) fail("weft did not exit");
  }
  child = -1;
  while (pump(20)) {}
  int got = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (got != want) fail("exit status " + std::to_string(got) + ", expected " + std::to_string(want));
}

std::string replace_home(std::string s) {
  for (size_t p; (p = s.find("$HOME")) != std::string::npos;) s.replace(p, 5, home_dir);
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: pty_driver WEFT SCRIPT.repl\n");
    return 2;
  }
  weft_path = argv[1];
  script_path = argv[2];
  std::ifstream in(script_path);
  if (!in) {
    fprintf(stderr, "pty_driver: cannot read %s\n", script_path.c_str());
    return 2;
  }
  signal(SIGPIPE, SIG_IGN);
  std::string line;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    size_t sp = line.find(' ');
    std::string cmd = line.substr(0, sp);
    std::string rest = sp == std::string::npos ? "" : line.substr(sp + 1);
    if (cmd == "home") {
      char tmpl[] = "/tmp/weft-pty-home-XXXXXX";
      if (!mkdtemp(tmpl)) fail("mkdtemp failed");
      home_dir = tmpl;
      setenv("HOME", home_dir.c_str(), 1);
    } else if (cmd == "env") {
      size_t eq = rest.find('=');
      if (eq == std::string::npos) fail("env needs NAME=VALUE");
      setenv(rest.substr(0, eq).c_str(), replace_home(rest.substr(eq + 1)).c_str(), 1);
    } else if (cmd == "start") {
      std::vector<std::string> args;
      std::istringstream ss(rest);
      for (std::string a; ss >> a;) args.push_back(replace_home(a));
      start(args);
    } else if (cmd == "send") {
      // The prompt can reach the screen before readline has put the terminal into its own mode;
      // keys typed in between may be flushed by that mode switch. Let it settle first.
      auto settle = Clock::now() + std::chrono::milliseconds(40);
      while (Clock::now() < settle) pump(10);
      send(unescape(rest, true));
    } else if (cmd == "expect") {
      expect(unescape(rest, false));
    } else if (cmd == "reject") {
      auto until = Clock::now() + std::chrono::milliseconds(300);  // let pending output arrive
      while (Clock::now() < until && pump(20)) {}
      std::string text = screen_text();
      if (text.find(unescape(rest, false), std::min(matched, text.size())) != std::string::npos)
        fail("unexpected text appeared: \"" + rest + "\"");
    } else if (cmd == "sleep") {
      auto until = Clock::now() + std::chrono::milliseconds(std::stoi(rest));
      while (Clock::now() < until) pump(20);
    } else if (cmd == "exit") {
      wait_exit(std::stoi(rest));
    } else if (cmd == "file") {
      size_t sp2 = rest.find(' ');
      std::string path = replace_home(rest.substr(0, sp2));
      std::string want = sp2 == std::string::npos ? "" : unescape(rest.substr(sp2 + 1), false);
      std::ifstream f(path);
      if (!f) fail("file " + path + " does not exist");
      std::stringstream content;
      content << f.rdbuf();
      if (content.str().find(want) == std::string::npos)
        fail("file " + path + " does not contain \"" + want + "\"; it holds:\n" + content.str());
    } else if (cmd == "lines" || cmd == "fill") {
      std::istringstream ss(rest);
      std::string path, a, b;
      ss >> path >> a >> b;
      path = replace_home(path);
      if (cmd == "fill") {
        std::ofstream f(path);
        for (int i = 1; i <= std::stoi(a); ++i) f << b << i << "\n";
        if (!f) fail("cannot write " + path);
      } else {
        std::ifstream f(path);
        if (!f) fail("file " + path + " does not exist");
        int n = 0;
        for (std::string l; std::getline(f, l);) ++n;
        if (n < std::stoi(a) || n > std::stoi(b))
          fail("file " + path + " has " + std::to_string(n) + " lines, expected " + a + " to " + b);
      }
    } else {
      fail("unknown command '" + cmd + "'");
    }
  }
  if (getenv("PTY_DRIVER_DUMP")) fprintf(stderr, "%s", screen_text().c_str());  // for debugging a script
  cleanup();
  return 0;
}
