// An LD_PRELOAD shim that makes one chosen file operation fail, as a full or failing disk would:
// the Nth write, fsync or rename of the process (counting only writes and syncs of regular files,
// so the test's pipes keep working) fails with the errno asked for.
//
//   KEYPLAN_FAULT_AT=N          fail the Nth operation (1-based); unset: fail nothing
//   KEYPLAN_FAULT_ERRNO=28|5    the errno to fail with (ENOSPC by default)
//   KEYPLAN_FAULT_COUNT=FILE    at exit, write how many operations the process made to FILE
//
// Not linked with the sanitizers: it sits in front of them (ASAN_OPTIONS=verify_asan_link_order=0).
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

std::atomic<long> operations {0};

long faultAt()
{
    static const long at = [] {
        const char *value = std::getenv("KEYPLAN_FAULT_AT");
        return value ? std::atol(value) : 0L;
    }();
    return at;
}

int faultErrno()
{
    static const int error = [] {
        const char *value = std::getenv("KEYPLAN_FAULT_ERRNO");
        return value ? std::atoi(value) : ENOSPC;
    }();
    return error;
}

bool isRegularFile(int fd)
{
    struct stat status {};
    return fstat(fd, &status) == 0 && S_ISREG(status.st_mode);
}

// True when this operation is the one to fail.
bool strikes()
{
    const long n = ++operations;
    return faultAt() > 0 && n == faultAt();
}

template<typename F> F next(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

struct CountAtExit
{
    ~CountAtExit()
    {
        const char *file = std::getenv("KEYPLAN_FAULT_COUNT");
        if (!file)
            return;
        if (FILE *out = std::fopen(file, "w")) {
            std::fprintf(out, "%ld\n", operations.load());
            std::fclose(out);
        }
    }
} countAtExit;

} // namespace

extern "C" {

ssize_t write(int fd, const void *buffer, size_t size)
{
    static const auto real = next<ssize_t (*)(int, const void *, size_t)>("write");
    if (isRegularFile(fd) && strikes()) {
        errno = faultErrno();
        return -1;
    }
    return real(fd, buffer, size);
}

ssize_t pwrite(int fd, const void *buffer, size_t size, off_t offset)
{
    static const auto real = next<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    if (isRegularFile(fd) && strikes()) {
        errno = faultErrno();
        return -1;
    }
    return real(fd, buffer, size, offset);
}

ssize_t pwrite64(int fd, const void *buffer, size_t size, off64_t offset)
{
    static const auto real = next<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    if (isRegularFile(fd) && strikes()) {
        errno = faultErrno();
        return -1;
    }
    return real(fd, buffer, size, offset);
}

ssize_t writev(int fd, const struct iovec *vector, int count)
{
    static const auto real = next<ssize_t (*)(int, const struct iovec *, int)>("writev");
    if (isRegularFile(fd) && strikes()) {
        errno = faultErrno();
        return -1;
    }
    return real(fd, vector, count);
}

int fsync(int fd)
{
    static const auto real = next<int (*)(int)>("fsync");
    if (strikes()) {
        errno = faultErrno() == ENOSPC ? ENOSPC : EIO;
        return -1;
    }
    return real(fd);
}

int fdatasync(int fd)
{
    static const auto real = next<int (*)(int)>("fdatasync");
    if (strikes()) {
        errno = faultErrno() == ENOSPC ? ENOSPC : EIO;
        return -1;
    }
    return real(fd);
}

int rename(const char *from, const char *to)
{
    static const auto real = next<int (*)(const char *, const char *)>("rename");
    if (strikes()) {
        errno = faultErrno();
        return -1;
    }
    return real(from, to);
}

int renameat(int fromDir, const char *from, int toDir, const char *to)
{
    static const auto real = next<int (*)(int, const char *, int, const char *)>("renameat");
    if (strikes()) {
        errno = faultErrno();
        return -1;
    }
    return real(fromDir, from, toDir, to);
}

int renameat2(int fromDir, const char *from, int toDir, const char *to, unsigned int flags)
{
    static const auto real = next<int (*)(int, const char *, int, const char *, unsigned int)>("renameat2");
    if (strikes()) {
        errno = faultErrno();
        return -1;
    }
    return real(fromDir, from, toDir, to, flags);
}

int link(const char *from, const char *to)
{
    static const auto real = next<int (*)(const char *, const char *)>("link");
    if (strikes()) {
        errno = faultErrno();
        return -1;
    }
    return real(from, to);
}

} // extern "C"
