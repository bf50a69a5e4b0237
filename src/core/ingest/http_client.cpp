#include "core/ingest/http_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "core/error.h"

namespace huddle::core {
namespace {

/// libcurl must be initialised once per process before the first handle.
void init_curl_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) throw Error("cannot start libcurl (curl_global_init)");
  });
}

/// The state one transfer's callbacks share.
struct Transfer {
  std::function<bool(const char*, std::size_t)> write;  ///< Stores body bytes; false when it could not.
  ProgressSink* progress = nullptr;
  std::string what;           ///< Progress step name.
  std::string status_line;    ///< The last status line seen (after redirects: the final one).
  curl_off_t total = 0;       ///< Content length when known.
  bool report_bytes = false;  ///< Tell `progress` of bytes (downloads; API pages are counted by their caller).
  bool write_failed = false;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t n = size * count;
  if (!t->write(data, n)) {
    t->write_failed = true;
    return 0;  // makes libcurl stop with CURLE_WRITE_ERROR
  }
  return n;
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t n = size * count;
  std::string_view line(data, n);
  if (line.rfind("HTTP/", 0) == 0) {
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.remove_suffix(1);
    t->status_line = std::string(line);
  }
  return n;
}

int on_progress(void* user, curl_off_t dltotal, curl_off_t dlnow, curl_off_t, curl_off_t) {
  auto* t = static_cast<Transfer*>(user);
  if (t->progress->cancelled()) return 1;  // CURLE_ABORTED_BY_CALLBACK
  if (t->report_bytes && dltotal > 0 && dlnow < dltotal) {
    t->total = dltotal;
    t->progress->progress(t->what, static_cast<long>(dlnow), static_cast<long>(dltotal));
  }
  return 0;
}

/// The reason phrase of "HTTP/1.1 404 Not Found" ("Not Found"), empty for "HTTP/2 404".
std::string reason_of(const std::string& status_line) {
  const auto first = status_line.find(' ');
  if (first == std::string::npos) return {};
  const auto second = status_line.find(' ', first + 1);
  if (second == std::string::npos) return {};
  return status_line.substr(second + 1);
}

/// Failures that may go away by themselves: worth another attempt.
bool is_transient(CURLcode code) {
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return true;
    default:
      return false;
  }
}

bool is_transient(long status) { return status >= 500 || status == 408 || status == 429; }

/// What went wrong, in words a scheduler's log reader understands, with libcurl's detail in brackets.
std::string describe_failure(CURLcode code, const char* detail, const HttpOptions& options) {
  std::string what;
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
      what = fmt::format("timed out: no complete answer within {} s", options.timeout.count());
      break;
    case CURLE_COULDNT_RESOLVE_HOST:
      what = "unknown host";
      break;
    case CURLE_COULDNT_CONNECT:
      what = "cannot connect";
      break;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
      what = "the connection broke off";
      break;
    case CURLE_UNSUPPORTED_PROTOCOL:
      what = "only http:// and https:// addresses are fetched";
      break;
    case CURLE_TOO_MANY_REDIRECTS:
      what = "too many redirects";
      break;
    case CURLE_PEER_FAILED_VERIFICATION:
      what = "the server's certificate was not accepted";
      break;
    default:
      what = curl_easy_strerror(code);
      break;
  }
  if (detail && *detail) what += fmt::format(" ({})", detail);
  return what;
}

}  // namespace

/// Owns one libcurl easy handle.
struct HttpClient::Handle {
  CURL* curl = nullptr;
  char detail[CURL_ERROR_SIZE] = {};  ///< libcurl's error text; lives as long as the handle that points to it.
  ~Handle() {
    if (curl) curl_easy_cleanup(curl);
  }
};

HttpClient::HttpClient(HttpOptions options) : m_options(options), m_handle(std::make_unique<Handle>()) {
  init_curl_once();
  m_handle->curl = curl_easy_init();
  if (!m_handle->curl) throw Error("cannot start libcurl (curl_easy_init)");
}

HttpClient::~HttpClient() = default;

namespace {

/// Runs GET `url` with retries; `reset` is called before each attempt to discard a previous attempt's body.
HttpResponse perform(CURL* curl, char* detail, const HttpOptions& options, const std::string& url, Transfer& transfer,
                     const std::function<void()>& reset) {
  const auto timeout_ms = std::chrono::duration_cast<std::chrono::milliseconds>(options.timeout).count();
  const auto connect_ms = std::min<long long>(
      timeout_ms, std::chrono::duration_cast<std::chrono::milliseconds>(options.connect_timeout).count());

  curl_easy_reset(curl);
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
#if LIBCURL_VERSION_NUM >= 0x075500
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS));
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout_ms));
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(connect_ms));
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // timeouts without SIGALRM: the GUI runs pulls on a worker thread
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "Huddle/" HUDDLE_VERSION);
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");  // whatever libcurl can decode (gzip): CKAN JSON shrinks 10x
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, detail);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
  curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
  curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
  curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);

  std::string last_failure;
  auto backoff = options.first_backoff;
  for (int attempt = 0; attempt <= options.retries; ++attempt) {
    if (attempt > 0) {
      // Sleep in short slices so a cancel is honoured during a long backoff.
      for (auto slept = std::chrono::milliseconds{0}; slept < backoff; slept += std::chrono::milliseconds{50}) {
        if (transfer.progress->cancelled()) throw Cancelled();
        std::this_thread::sleep_for(std::min(std::chrono::milliseconds{50}, backoff - slept));
      }
      backoff = std::min(backoff * 2, std::chrono::milliseconds{60'000});
    }
    detail[0] = '\0';
    transfer.status_line.clear();
    transfer.write_failed = false;
    transfer.total = 0;
    reset();
    const CURLcode code = curl_easy_perform(curl);
    if (code == CURLE_ABORTED_BY_CALLBACK && transfer.progress->cancelled()) throw Cancelled();
    if (code == CURLE_WRITE_ERROR && transfer.write_failed) {
      throw Error(fmt::format("{}: cannot store the downloaded data (disk full or not writable?)", url));
    }
    if (code != CURLE_OK) {
      last_failure = describe_failure(code, detail, options);
      if (!is_transient(code)) throw InputError(url, 0, "", last_failure);
      continue;
    }
    HttpResponse response;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    response.reason = reason_of(transfer.status_line);
    if (is_transient(response.status)) {
      last_failure = describe_status(response);
      continue;
    }
    if (transfer.report_bytes && transfer.total > 0)
      transfer.progress->progress(transfer.what, static_cast<long>(transfer.total), static_cast<long>(transfer.total));
    return response;
  }
  const int attempts = options.retries + 1;
  throw InputError(url, 0, "",
                   fmt::format("{} (gave up after {} attempt{})", last_failure, attempts, attempts == 1 ? "" : "s"));
}

}  // namespace

HttpResponse HttpClient::get(const std::string& url, ProgressSink& progress) {
  std::string body;
  Transfer transfer;
  transfer.progress = &progress;
  transfer.what = "Downloading " + url;
  transfer.write = [&body](const char* data, std::size_t n) {
    body.append(data, n);
    return true;
  };
  HttpResponse response =
      perform(m_handle->curl, m_handle->detail, m_options, url, transfer, [&body] { body.clear(); });
  response.body = std::move(body);
  return response;
}

void HttpClient::download(const std::string& url, const std::filesystem::path& file, ProgressSink& progress) {
  std::ofstream out;
  Transfer transfer;
  transfer.progress = &progress;
  transfer.what = "Downloading " + url;
  transfer.report_bytes = true;
  transfer.write = [&out](const char* data, std::size_t n) {
    out.write(data, static_cast<std::streamsize>(n));
    return static_cast<bool>(out);
  };
  auto reset = [&] {
    out.close();
    out.clear();
    out.open(file, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(fmt::format("cannot write the download of {} to {}", url, file.string()));
  };
  const HttpResponse response = perform(m_handle->curl, m_handle->detail, m_options, url, transfer, reset);
  out.close();
  if (!out) throw Error(fmt::format("cannot write the download of {} to {}", url, file.string()));
  if (response.status < 200 || response.status > 299) throw InputError(url, 0, "", describe_status(response));
}

std::string url_encode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out += c;
    } else {
      out += fmt::format("%{:02X}", u);
    }
  }
  return out;
}

std::string describe_status(const HttpResponse& response) {
  if (response.reason.empty()) return fmt::format("HTTP {}", response.status);
  return fmt::format("HTTP {} {}", response.status, response.reason);
}

}  // namespace huddle::core
