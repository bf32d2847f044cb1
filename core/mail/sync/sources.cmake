# SPDX-License-Identifier: GPL-3.0-or-later
# (sources are added as this concern is written)
