/* Stands in for the OpenBLAS that the opencv-python wheel bundles (39 MB, plus its own libgfortran and
 * libquadmath) by forwarding OpenCV's 19 BLAS/LAPACK calls to the OpenBLAS numpy already loads
 * (scipy-openblas64: 64-bit integers, prefixed names). Built by packaging/slim_linux.py, linked against
 * numpy.libs/ and given the soname of the library it replaces, so cv2's DT_NEEDED entry still resolves.
 *
 * OpenCV passes 32-bit ints (LP64 OpenBLAS); each wrapper widens the integer arguments, and narrows the
 * pivot indices and info it gets back. Character arguments get their hidden Fortran lengths (1). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

typedef int64_t i64;
#define FLEN ((size_t)1)
/* A LAPACK "info" for a failed allocation: negative like an illegal argument, outside LAPACK's range. */
#define NO_MEMORY (-1000)

/* ---- CBLAS: integers by value ---- */
#define GEMM_REAL(T, P)                                                                                      \
    void scipy_cblas_##P##gemm64_(int, int, int, i64, i64, i64, T, const T *, i64, const T *, i64, T, T *,  \
                                  i64);                                                                     \
    void cblas_##P##gemm(int order, int ta, int tb, int m, int n, int k, T alpha, const T *a, int lda,      \
                         const T *b, int ldb, T beta, T *c, int ldc) {                                      \
        scipy_cblas_##P##gemm64_(order, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);              \
    }
GEMM_REAL(float, s)
GEMM_REAL(double, d)

#define GEMM_COMPLEX(P)                                                                                      \
    void scipy_cblas_##P##gemm64_(int, int, int, i64, i64, i64, const void *, const void *, i64,            \
                                  const void *, i64, const void *, void *, i64);                            \
    void cblas_##P##gemm(int order, int ta, int tb, int m, int n, int k, const void *alpha, const void *a,  \
                         int lda, const void *b, int ldb, const void *beta, void *c, int ldc) {             \
        scipy_cblas_##P##gemm64_(order, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);              \
    }
GEMM_COMPLEX(c)
GEMM_COMPLEX(z)

/* ---- LAPACK: integers by pointer ---- */
static i64 min64(i64 a, i64 b) { return a < b ? a : b; }
static i64 *pivots(i64 count) { return malloc(sizeof(i64) * (size_t)(count > 0 ? count : 1)); }
static void narrow(int *to, const i64 *from, i64 count) {
    for (i64 i = 0; i < count; i++) to[i] = (int)from[i];
}

#define GESV(T, P)                                                                                           \
    void scipy_##P##gesv_64_(i64 *, i64 *, T *, i64 *, i64 *, T *, i64 *, i64 *);                           \
    void P##gesv_(int *n, int *nrhs, T *a, int *lda, int *ipiv, T *b, int *ldb, int *info) {                 \
        i64 N = *n, R = *nrhs, LA = *lda, LB = *ldb, INFO = 0, *piv = pivots(N);                            \
        if (!piv) { *info = NO_MEMORY; return; }                                                            \
        scipy_##P##gesv_64_(&N, &R, a, &LA, piv, b, &LB, &INFO);                                            \
        narrow(ipiv, piv, N);                                                                               \
        free(piv);                                                                                          \
        *info = (int)INFO;                                                                                  \
    }
GESV(float, s)
GESV(double, d)

#define GETRF(T, P)                                                                                          \
    void scipy_##P##getrf_64_(i64 *, i64 *, T *, i64 *, i64 *, i64 *);                                      \
    void P##getrf_(int *m, int *n, T *a, int *lda, int *ipiv, int *info) {                                  \
        i64 M = *m, N = *n, LA = *lda, INFO = 0, count = min64(M, N), *piv = pivots(count);                 \
        if (!piv) { *info = NO_MEMORY; return; }                                                            \
        scipy_##P##getrf_64_(&M, &N, a, &LA, piv, &INFO);                                                   \
        narrow(ipiv, piv, count);                                                                           \
        free(piv);                                                                                          \
        *info = (int)INFO;                                                                                  \
    }
GETRF(float, s)
GETRF(double, d)

#define GESDD(T, P)                                                                                          \
    void scipy_##P##gesdd_64_(char *, i64 *, i64 *, T *, i64 *, T *, T *, i64 *, T *, i64 *, T *, i64 *,    \
                              i64 *, i64 *, size_t);                                                        \
    void P##gesdd_(char *jobz, int *m, int *n, T *a, int *lda, T *s, T *u, int *ldu, T *vt, int *ldvt,      \
                   T *work, int *lwork, int *iwork, int *info) {                                            \
        (void)iwork; /* workspace only: ours is 64-bit */                                                   \
        i64 M = *m, N = *n, LA = *lda, LU = *ldu, LV = *ldvt, LW = *lwork, INFO = 0;                        \
        i64 *iw = pivots(8 * min64(M, N));                                                                  \
        if (!iw) { *info = NO_MEMORY; return; }                                                             \
        scipy_##P##gesdd_64_(jobz, &M, &N, a, &LA, s, u, &LU, vt, &LV, work, &LW, iw, &INFO, FLEN);         \
        free(iw);                                                                                           \
        *info = (int)INFO;                                                                                  \
    }
GESDD(float, s)
GESDD(double, d)

#define GEQRF(T, P)                                                                                          \
    void scipy_##P##geqrf_64_(i64 *, i64 *, T *, i64 *, T *, T *, i64 *, i64 *);                            \
    void P##geqrf_(int *m, int *n, T *a, int *lda, T *tau, T *work, int *lwork, int *info) {                \
        i64 M = *m, N = *n, LA = *lda, LW = *lwork, INFO = 0;                                               \
        scipy_##P##geqrf_64_(&M, &N, a, &LA, tau, work, &LW, &INFO);                                        \
        *info = (int)INFO;                                                                                  \
    }
GEQRF(float, s)
GEQRF(double, d)

#define GELS(T, P)                                                                                           \
    void scipy_##P##gels_64_(char *, i64 *, i64 *, i64 *, T *, i64 *, T *, i64 *, T *, i64 *, i64 *,        \
                             size_t);                                                                       \
    void P##gels_(char *trans, int *m, int *n, int *nrhs, T *a, int *lda, T *b, int *ldb, T *work,          \
                  int *lwork, int *info) {                                                                  \
        i64 M = *m, N = *n, R = *nrhs, LA = *lda, LB = *ldb, LW = *lwork, INFO = 0;                         \
        scipy_##P##gels_64_(trans, &M, &N, &R, a, &LA, b, &LB, work, &LW, &INFO, FLEN);                     \
        *info = (int)INFO;                                                                                  \
    }
GELS(float, s)
GELS(double, d)

#define POSV(T, P)                                                                                           \
    void scipy_##P##posv_64_(char *, i64 *, i64 *, T *, i64 *, T *, i64 *, i64 *, size_t);                  \
    void P##posv_(char *uplo, int *n, int *nrhs, T *a, int *lda, T *b, int *ldb, int *info) {                \
        i64 N = *n, R = *nrhs, LA = *lda, LB = *ldb, INFO = 0;                                              \
        scipy_##P##posv_64_(uplo, &N, &R, a, &LA, b, &LB, &INFO, FLEN);                                     \
        *info = (int)INFO;                                                                                  \
    }
POSV(float, s)
POSV(double, d)

#define POTRF(T, P)                                                                                          \
    void scipy_##P##potrf_64_(char *, i64 *, T *, i64 *, i64 *, size_t);                                    \
    void P##potrf_(char *uplo, int *n, T *a, int *lda, int *info) {                                         \
        i64 N = *n, LA = *lda, INFO = 0;                                                                    \
        scipy_##P##potrf_64_(uplo, &N, a, &LA, &INFO, FLEN);                                                \
        *info = (int)INFO;                                                                                  \
    }
POTRF(float, s)
POTRF(double, d)

void scipy_dgeev_64_(char *, char *, i64 *, double *, i64 *, double *, double *, double *, i64 *, double *,
                     i64 *, double *, i64 *, i64 *, size_t, size_t);
void dgeev_(char *jobvl, char *jobvr, int *n, double *a, int *lda, double *wr, double *wi, double *vl, int *ldvl,
            double *vr, int *ldvr, double *work, int *lwork, int *info) {
    i64 N = *n, LA = *lda, LL = *ldvl, LR = *ldvr, LW = *lwork, INFO = 0;
    scipy_dgeev_64_(jobvl, jobvr, &N, a, &LA, wr, wi, vl, &LL, vr, &LR, work, &LW, &INFO, FLEN, FLEN);
    *info = (int)INFO;
}
