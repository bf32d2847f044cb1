# SPDX-License-Identifier: GPL-3.0-or-later
# SMTP client (issue 5): sending replies over implicit TLS or strict STARTTLS.
