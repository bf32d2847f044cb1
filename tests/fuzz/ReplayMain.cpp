// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a libFuzzer target without libFuzzer: every file under the given folders, byte-level mutations of them,
// and pseudo-random inputs from a fixed seed. A crash, a sanitizer report or a hang (ctest's timeout) fails it.
#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QVector>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

void feed(const QByteArray& bytes)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()));
}

QByteArray mutate(QByteArray bytes, QRandomGenerator& random)
{
    const int edits = 1 + int(random.bounded(8));
    for (int i = 0; i < edits && !bytes.isEmpty(); ++i) {
        const int at = int(random.bounded(bytes.size()));
        switch (random.bounded(4)) {
        case 0: // flip a byte
            bytes[at] = char(random.bounded(256));
            break;
        case 1: // cut the rest
            bytes.truncate(at);
            break;
        case 2: // repeat a slice
            bytes.insert(at, bytes.mid(at, int(random.bounded(64))));
            break;
        default: // drop a slice
            bytes.remove(at, int(random.bounded(32)));
            break;
        }
    }
    return bytes;
}

} // namespace

int main(int argc, char** argv)
{
    int randomInputs = 0;
    QVector<QByteArray> corpus;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--random") && i + 1 < argc) {
            randomInputs = QString::fromLocal8Bit(argv[++i]).toInt();
            continue;
        }
        QDirIterator files(arg, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                corpus.append(file.readAll());
        }
    }
    for (const QByteArray& bytes : corpus)
        feed(bytes);
    QRandomGenerator random(0x7453756e); // fixed: a failure can be replayed
    for (int i = 0; i < randomInputs; ++i) {
        if (!corpus.isEmpty() && i % 2 == 0) {
            feed(mutate(corpus.at(int(random.bounded(corpus.size()))), random));
        } else {
            QByteArray bytes(int(random.bounded(4096)), Qt::Uninitialized);
            for (char& c : bytes)
                c = char(random.bounded(256));
            feed(bytes);
        }
    }
    std::printf("%d corpus files and %d generated inputs: no crash\n", int(corpus.size()), randomInputs);
    return 0;
}
