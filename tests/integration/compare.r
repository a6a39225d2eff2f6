# The reference for tests/integration/compare.test.ts: R's own tests on the same respondents.
# Each <case>.csv has columns g (group) and v (score, 0/1 choice, or answer code); the case's kind
# is the file name's prefix. Prints one line per number: <case> <what> <fields...>.
options(digits = 17)
dir <- commandArgs(TRUE)[1]
out <- function(...) cat(..., "\n")
pairs <- function(id, m) {
  for (i in seq_len(nrow(m))) for (j in seq_len(ncol(m))) {
    if (!is.na(m[i, j])) out(id, "pair", colnames(m)[j], rownames(m)[i], m[i, j])
  }
}
for (file in sort(list.files(dir, pattern = "\\.csv$"))) {
  id <- sub("\\.csv$", "", file)
  d <- read.csv(file.path(dir, file), colClasses = c(g = "character"))
  groups <- sort(unique(d$g))
  if (startsWith(id, "mean")) {
    for (g in groups) {
      x <- d$v[d$g == g]
      ci <- if (length(x) > 1) t.test(x)$conf.int else c(NA, NA)
      out(id, "group", g, length(x), mean(x), ci[1], ci[2])
    }
    if (length(groups) == 2) {
      r <- t.test(d$v[d$g == groups[1]], d$v[d$g == groups[2]])
      out(id, "test", r$statistic, r$parameter, r$p.value)
    } else {
      r <- oneway.test(v ~ g, data = d, var.equal = FALSE)
      out(id, "test", r$statistic, r$parameter, r$p.value)
      pairs(id, pairwise.t.test(d$v, d$g, pool.sd = FALSE, p.adjust.method = "holm")$p.value)
    }
  } else if (startsWith(id, "share")) {
    x <- sapply(groups, function(g) sum(d$v[d$g == g]))
    n <- sapply(groups, function(g) sum(d$g == g))
    for (g in groups) {
      ci <- suppressWarnings(prop.test(x[[g]], n[[g]], correct = FALSE))$conf.int
      out(id, "group", g, n[[g]], x[[g]] / n[[g]], ci[1], ci[2])
    }
    r <- suppressWarnings(prop.test(x, n, correct = FALSE))
    out(id, "test", r$statistic, r$parameter, r$p.value)
    if (length(groups) == 2) {
      y <- suppressWarnings(prop.test(x, n))
      out(id, "yates", y$statistic, y$parameter, y$p.value)
    } else {
      pairs(id, suppressWarnings(pairwise.prop.test(x, n, p.adjust.method = "holm", correct = FALSE))$p.value)
    }
  } else {
    r <- suppressWarnings(chisq.test(table(d$g, d$v), correct = FALSE))
    out(id, "test", r$statistic, r$parameter, r$p.value)
    if (length(groups) > 2) {
      combos <- combn(groups, 2)
      p <- apply(combos, 2, function(ab) {
        s <- d[d$g %in% ab, ]
        suppressWarnings(chisq.test(table(s$g, s$v), correct = FALSE))$p.value
      })
      adjusted <- p.adjust(p, "holm")
      for (k in seq_along(adjusted)) out(id, "pair", combos[1, k], combos[2, k], adjusted[k])
    }
  }
}
