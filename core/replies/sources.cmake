# SPDX-License-Identifier: GPL-3.0-or-later
# Reply templates and their placeholders (issue 5).
