# SPDX-License-Identifier: GPL-3.0-or-later
# Composing, sending and recording replies (issue 5).
