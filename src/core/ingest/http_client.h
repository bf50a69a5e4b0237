#pragma once
/// \file
/// HttpClient: blocking HTTP(S) GET on libcurl, with timeouts, retries with backoff and clear error messages.

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "core/progress.h"

namespace huddle::core {

/// How patient an HttpClient is.
struct HttpOptions {
  std::chrono::seconds timeout{60};               ///< The longest one attempt may take, connecting included.
  std::chrono::seconds connect_timeout{15};       ///< The longest connecting may take (never more than `timeout`).
  int retries = 3;                                ///< Extra attempts after a transient failure (see HttpClient).
  std::chrono::milliseconds first_backoff{1000};  ///< Wait before the first retry; doubled before each next one.
};

/// What a server answered.
struct HttpResponse {
  long status = 0;     ///< HTTP status code.
  std::string reason;  ///< Reason phrase of the status line ("Not Found"), may be empty (HTTP/2).
  std::string body;    ///< The body (empty for `download`, which writes it to a file).
};

/// A blocking GET client for http:// and https:// URLs (redirects followed, other schemes refused). One client
/// keeps its connection open across requests to the same server (the pages of one CKAN resource).
///
/// Transient failures — no connection, a timeout, a dropped transfer, HTTP 5xx, 408 or 429 — are retried up to
/// `retries` times, waiting `first_backoff`, then twice as long, and so on. Errors are InputError whose file is
/// the URL and whose message says what went wrong (HTTP status, timeout, connection) and how many attempts were
/// made. `progress` is told of downloaded bytes and polled for cancel (then Cancelled is thrown). Not thread-safe.
class HttpClient {
 public:
  /// A client with these timeouts and retries. Throws huddle::Error when libcurl cannot start.
  explicit HttpClient(HttpOptions options);
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  /// GETs `url` into memory. Returns the answer for any status below 500 (4xx included, so that an API's error
  /// body can be read); throws InputError when there is no answer or a 5xx/408/429 persists after the retries.
  HttpResponse get(const std::string& url, ProgressSink& progress);

  /// GETs `url` into `file` (created or replaced). Throws InputError for any status other than 2xx, naming the
  /// status; on error `file` may hold a partial body (the caller owns and removes it).
  void download(const std::string& url, const std::filesystem::path& file, ProgressSink& progress);

 private:
  struct Handle;
  HttpOptions m_options;
  std::unique_ptr<Handle> m_handle;
};

/// Percent-encodes `text` for a URL query value (RFC 3986 unreserved characters stay as they are).
std::string url_encode(std::string_view text);

/// "HTTP 404 Not Found", or "HTTP 404" when the server gave no reason phrase.
std::string describe_status(const HttpResponse& response);

}  // namespace huddle::core
