#include "core/ingest/content_hash.h"

#include <glib.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include <fmt/format.h>

#include "core/error.h"

namespace huddle::core {

std::string sha256_of_file(const std::filesystem::path& file) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(file.c_str(), "rb"), &std::fclose);
  if (!f) throw InputError(file, 0, "", fmt::format("cannot open: {}", std::strerror(errno)));
  std::unique_ptr<GChecksum, void (*)(GChecksum*)> sum(g_checksum_new(G_CHECKSUM_SHA256), &g_checksum_free);
  std::vector<unsigned char> buffer(1 << 20);
  while (std::size_t got = std::fread(buffer.data(), 1, buffer.size(), f.get())) {
    g_checksum_update(sum.get(), buffer.data(), static_cast<gssize>(got));
  }
  if (std::ferror(f.get())) throw InputError(file, 0, "", "read error");
  return g_checksum_get_string(sum.get());
}

}  // namespace huddle::core
