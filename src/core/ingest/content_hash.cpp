#include "core/ingest/content_hash.h"

#include <openssl/evp.h>

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
  std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) throw Error("cannot start a sha256 digest");
  std::vector<unsigned char> buffer(1 << 20);
  while (std::size_t got = std::fread(buffer.data(), 1, buffer.size(), f.get())) {
    EVP_DigestUpdate(ctx.get(), buffer.data(), got);
  }
  if (std::ferror(f.get())) throw InputError(file, 0, "", "read error");
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_DigestFinal_ex(ctx.get(), digest, &size);
  std::string hex;
  for (unsigned int i = 0; i < size; ++i) hex += fmt::format("{:02x}", digest[i]);
  return hex;
}

}  // namespace huddle::core
