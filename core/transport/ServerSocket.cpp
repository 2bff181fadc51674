#include "core/transport/ServerSocket.h"

#include "core/common/Quote.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocalSocket>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// The words of this file, in the context "lockboard::transport" for translators.
class TransportText
{
    Q_DECLARE_TR_FUNCTIONS(lockboard::transport)
};

// A line longer than this during the handshake is not memcached talking.
constexpr qsizetype MaxHandshakeLine = 2048;

// The key of the auth "set": memcached -Y ignores it (and never stores it).
constexpr QByteArrayView AuthKey = "lockboard-auth";

} // namespace

AuthHandshake::AuthHandshake(ConnectionSecurity security)
    : m_security(std::move(security))
{}

QByteArray AuthHandshake::start() const
{
    return "version\r\n"_ba;
}

AuthHandshake::Step AuthHandshake::feed(QByteArrayView line)
{
    const auto fail = [this](ErrorKind kind, const QString& text) {
        m_errorKind = kind;
        m_error = text;
        return Step::Failed;
    };
    if (!m_sentCredentials) {
        if (line.startsWith("VERSION "))
            return Step::Done; // the server lets anyone in
        if (!isUnauthenticatedAnswer(line))
            return fail(ErrorKind::ProtocolError,
                        TransportText::tr("protocol error: the server answered \"version\" with "
                                          "%1 (is it memcached?)")
                            .arg(quote(line.first(std::min<qsizetype>(line.size(), 60)))));
        if (!m_security.authenticates())
            return fail(ErrorKind::AuthFailed, authenticationRequiredText());
        const QByteArray token = m_security.user.toUtf8() + ' ' + m_security.password.toUtf8();
        m_send = "set " + AuthKey.toByteArray() + " 0 0 " + QByteArray::number(token.size()) +
                 "\r\n" + token + "\r\n";
        m_sentCredentials = true;
        return Step::Send;
    }
    m_send.clear();
    if (line == "STORED") {
        m_authenticated = true;
        return Step::Done;
    }
    if (line.startsWith("CLIENT_ERROR"))
        return fail(ErrorKind::AuthFailed,
                    TransportText::tr("authentication failed: the server refused user %1 (%2): "
                                      "wrong user or password")
                        .arg(quote(m_security.user), QString::fromUtf8(line.sliced(12).trimmed())));
    return fail(ErrorKind::ProtocolError,
                TransportText::tr("protocol error: the server answered the authentication with %1")
                    .arg(quote(line.first(std::min<qsizetype>(line.size(), 60)))));
}

bool isUnauthenticatedAnswer(QByteArrayView line)
{
    return line.startsWith("CLIENT_ERROR unauthenticated");
}

QString closedWithoutAnswerText()
{
    return TransportText::tr("the server closed the connection without answering (a TLS port, "
                             "memcached -Z? then turn TLS on: --tls)");
}

QString authenticationRequiredText()
{
    return TransportText::tr("the server requires authentication (memcached -Y): give the user "
                             "(--user, or the profile's) and its password");
}

namespace {

Result<QSslConfiguration> buildTlsConfiguration(const TlsSettings& settings)
{
    if (!QSslSocket::supportsSsl())
        return Error{ErrorKind::TlsFailed,
                     TransportText::tr("TLS is not available here (Qt finds no TLS backend: is "
                                       "OpenSSL 3 installed?)")};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    const auto certificates = [](const QString& path,
                                 const QString& what) -> Result<QList<QSslCertificate>> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorKind::Io, TransportText::tr("cannot read %1 %2: %3")
                                            .arg(what, quote(path), file.errorString())};
        QList<QSslCertificate> found = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (found.isEmpty())
            return Error{
                ErrorKind::InvalidArgument,
                TransportText::tr("%1 %2 holds no PEM certificate").arg(what, quote(path))};
        return found;
    };
    if (!settings.caFile.isEmpty()) {
        auto cas = certificates(settings.caFile, TransportText::tr("the CA file"));
        if (!cas)
            return cas.error();
        configuration.setCaCertificates(*cas);
    }
    if (!settings.certFile.isEmpty()) {
        auto chain = certificates(settings.certFile, TransportText::tr("the client certificate"));
        if (!chain)
            return chain.error();
        configuration.setLocalCertificateChain(*chain);
        QFile file(settings.keyFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorKind::Io, TransportText::tr("cannot read the client key %1: %2")
                                            .arg(quote(settings.keyFile), file.errorString())};
        // The key is of the certificate's kind (a PKCS#8 EC key also loads,
        // wrongly, as RSA).
        const QSslKey key(file.readAll(), chain->first().publicKey().algorithm(), QSsl::Pem,
                          QSsl::PrivateKey);
        if (key.isNull())
            return Error{ErrorKind::InvalidArgument,
                         TransportText::tr("the client key %1 is not an unencrypted PEM private "
                                           "key")
                             .arg(quote(settings.keyFile))};
        configuration.setPrivateKey(key);
    }
    configuration.setPeerVerifyMode(settings.verify ? QSslSocket::VerifyPeer
                                                    : QSslSocket::VerifyNone);
    return configuration;
}

} // namespace

Result<QSslConfiguration> tlsConfiguration(const TlsSettings& settings, const ServerSpec& server)
{
    Result<QSslConfiguration> configuration = [&]() -> Result<QSslConfiguration> {
        if (Status usable = checkTlsSettings(settings, {server}); !usable)
            return usable.error();
        return buildTlsConfiguration(settings);
    }();
    if (!configuration)
        return Error{ErrorKind::TlsFailed,
                     TransportText::tr("TLS: %1").arg(configuration.error().message),
                     server.name()};
    return configuration;
}

QString tlsVerifyName(const TlsSettings& settings, const ServerSpec& server)
{
    return settings.verifyName.isEmpty() ? server.host() : settings.verifyName;
}

bool isTlsError(QAbstractSocket::SocketError error)
{
    return error == QAbstractSocket::SslHandshakeFailedError ||
           error == QAbstractSocket::SslInternalError ||
           error == QAbstractSocket::SslInvalidUserDataError;
}

bool isAuthenticationRefusal(QByteArrayView clientErrorText)
{
    return clientErrorText == "unauthenticated" ||
           clientErrorText == "bad authentication token format" ||
           clientErrorText == "authentication failure";
}

QString tlsFailureText(const QList<QSslError>& errors, int alert, const QString& socketError,
                       const TlsSettings& settings)
{
    QStringList said;
    const auto say = [&said](const QString& text) {
        if (!said.contains(text))
            said.append(text);
    };
    switch (alert) {
    case int(QSsl::AlertType::CertificateRequired):
        say(TransportText::tr("the server requires a client certificate: give one (--tls-cert "
                              "and --tls-key, or the profile's)"));
        break;
    case int(QSsl::AlertType::UnknownCa):
        say(TransportText::tr("the server does not trust our client certificate (unknown CA)"));
        break;
    case int(QSsl::AlertType::BadCertificate):
    case int(QSsl::AlertType::UnsupportedCertificate):
    case int(QSsl::AlertType::CertificateRevoked):
    case int(QSsl::AlertType::CertificateExpired):
    case int(QSsl::AlertType::CertificateUnknown):
        say(TransportText::tr("the server refused our client certificate (%1)").arg(socketError));
        break;
    case int(QSsl::AlertType::HandshakeFailure):
        say(TransportText::tr("the server ended the handshake: it may require a client "
                              "certificate (--tls-cert and --tls-key)"));
        break;
    default:
        break;
    }
    const QString trusted = settings.caFile.isEmpty()
                                ? TransportText::tr("the system's CA store")
                                : TransportText::tr("the CA file %1").arg(quote(settings.caFile));
    for (const QSslError& error : errors) {
        const QSslCertificate certificate = error.certificate();
        switch (error.error()) {
        case QSslError::CertificateExpired:
            say(TransportText::tr("the server's certificate expired on %1")
                    .arg(certificate.expiryDate().toUTC().toString(Qt::ISODate)));
            break;
        case QSslError::CertificateNotYetValid:
            say(TransportText::tr("the server's certificate is not valid before %1")
                    .arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate)));
            break;
        case QSslError::HostNameMismatch: {
            QStringList names;
            for (const QString& name : certificate.subjectAlternativeNames().values())
                names.append(name);
            say(TransportText::tr("the server's certificate is not for this name (it names %1): "
                                  "if the server is the right one, give the name to verify "
                                  "(--tls-name)")
                    .arg(names.isEmpty()
                             ? certificate.subjectInfo(QSslCertificate::CommonName).join(u", "_s)
                             : names.join(u", "_s)));
            break;
        }
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::NoPeerCertificate:
            say(TransportText::tr("the server's certificate (issued by %1) is not signed by a CA "
                                  "in %2: give its CA (--tls-ca)")
                    .arg(certificate.issuerInfo(QSslCertificate::CommonName).join(u", "_s),
                         trusted));
            break;
        case QSslError::NoSslSupport:
        case QSslError::NoError:
            break;
        default:
            say(TransportText::tr("the server's certificate was refused: %1")
                    .arg(error.errorString()));
            break;
        }
    }
    if (said.isEmpty()) {
        if (socketError.contains(u"wrong version number"_s))
            say(TransportText::tr("the server does not speak TLS on this port (is it started with "
                                  "-Z? or turn TLS off)"));
        else
            say(TransportText::tr("the handshake failed: %1").arg(socketError));
    }
    return TransportText::tr("TLS: %1").arg(said.join(u"; "_s));
}

namespace {

// One connection's way in: its handlers, and the handshake until it is done.
struct Link
{
    ServerSocketHandlers handlers;
    ConnectionSecurity security;
    std::unique_ptr<AuthHandshake> handshake; // null once the connection is in
    LinkState state;
    QList<QSslError> sslErrors;
    int alert = -1;
    bool failed = false;

    void fail(ErrorKind kind, const QString& text)
    {
        if (failed)
            return;
        failed = true;
        handlers.failed(kind, text);
    }
    void ready()
    {
        handshake.reset();
        handlers.connected(state);
    }
    // The transport is up (TCP, unix, or TLS done): starts the handshake, or is in.
    void transportUp(QIODevice* socket)
    {
        if (!security.secured())
            return ready();
        handshake = std::make_unique<AuthHandshake>(security);
        socket->write(handshake->start());
    }
    void readyRead(QIODevice* socket)
    {
        if (!handshake)
            return handlers.readyRead();
        while (handshake && socket->canReadLine()) {
            QByteArray line = socket->readLine(MaxHandshakeLine);
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            switch (handshake->feed(line)) {
            case AuthHandshake::Step::Send:
                socket->write(handshake->bytes());
                break;
            case AuthHandshake::Step::Done:
                state.authenticated = handshake->authenticated();
                ready();
                if (socket->bytesAvailable() > 0)
                    handlers.readyRead();
                return;
            case AuthHandshake::Step::Failed:
                return fail(handshake->errorKind(), handshake->error());
            }
        }
        if (handshake && socket->bytesAvailable() > MaxHandshakeLine)
            fail(ErrorKind::ProtocolError,
                 TransportText::tr("protocol error: the server's answer to \"version\" is not a "
                                   "line"));
    }
    // The server closed the connection, or it broke.
    void closed(const QString& detail)
    {
        if (alert >= 0)
            return fail(ErrorKind::TlsFailed,
                        tlsFailureText(sslErrors, alert, detail, security.tls));
        if (handshake)
            return fail(ErrorKind::ConnectionFailed,
                        connectionFailureText(
                            ErrorKind::ConnectionFailed,
                            security.tls.enabled
                                ? TransportText::tr("the server closed the connection before it "
                                                    "answered \"version\"")
                                : closedWithoutAnswerText()));
        if (!failed)
            handlers.closed();
    }
};

} // namespace

QIODevice* openServerSocket(const ServerSpec& server, const ConnectionSecurity& security,
                            QObject* context, qint64 readBufferBytes, ServerSocketHandlers handlers)
{
    auto link = std::make_shared<Link>();
    link->handlers = std::move(handlers);
    link->security = security;
    const Result<QSslConfiguration> configuration =
        security.tls.enabled ? tlsConfiguration(security.tls, server)
                             : Result<QSslConfiguration>(QSslConfiguration());
    if (!configuration) { // reported like any failure: on the next turn, to failed
        auto* socket = new QTcpSocket(context);
        QMetaObject::invokeMethod(
            socket,
            [link, text = configuration.error().message] {
                link->fail(ErrorKind::TlsFailed, text);
            },
            Qt::QueuedConnection);
        return socket;
    }

    if (server.transport() == ServerSpec::Transport::Unix) {
        auto* socket = new QLocalSocket(context);
        QObject::connect(socket, &QLocalSocket::connected, context,
                         [socket, link] { link->transportUp(socket); });
        QObject::connect(socket, &QLocalSocket::readyRead, context,
                         [socket, link] { link->readyRead(socket); });
        QObject::connect(socket, &QLocalSocket::disconnected, context,
                         [socket, link] { link->closed(socket->errorString()); });
        QObject::connect(socket, &QLocalSocket::errorOccurred, context,
                         [socket, link](QLocalSocket::LocalSocketError error) {
                             if (error == QLocalSocket::PeerClosedError)
                                 return link->closed(socket->errorString());
                             const bool refused = error == QLocalSocket::ConnectionRefusedError ||
                                                  error == QLocalSocket::ServerNotFoundError;
                             const ErrorKind kind = refused ? ErrorKind::ConnectionRefused
                                                            : ErrorKind::ConnectionFailed;
                             link->fail(kind, connectionFailureText(kind, socket->errorString()));
                         });
        socket->setReadBufferSize(readBufferBytes);
        QMetaObject::invokeMethod(
            socket, [socket, path = server.host()] { socket->connectToServer(path); },
            Qt::QueuedConnection);
        return socket;
    }

    const bool tls = security.tls.enabled;
    auto* socket = tls ? new QSslSocket(context) : new QTcpSocket(context);
    if (!tls)
        QObject::connect(socket, &QTcpSocket::connected, context,
                         [socket, link] { link->transportUp(socket); });
    QObject::connect(socket, &QTcpSocket::readyRead, context,
                     [socket, link] { link->readyRead(socket); });
    QObject::connect(socket, &QTcpSocket::disconnected, context,
                     [socket, link] { link->closed(socket->errorString()); });
    QObject::connect(socket, &QTcpSocket::errorOccurred, context,
                     [socket, link, tls](QAbstractSocket::SocketError error) {
                         ErrorKind kind = ErrorKind::ConnectionFailed;
                         switch (error) {
                         case QAbstractSocket::RemoteHostClosedError:
                             return link->closed(socket->errorString());
                         case QAbstractSocket::ConnectionRefusedError:
                             kind = ErrorKind::ConnectionRefused;
                             break;
                         case QAbstractSocket::HostNotFoundError:
                             kind = ErrorKind::HostLookupFailed;
                             break;
                         default:
                             if (tls && isTlsError(error))
                                 return link->fail(ErrorKind::TlsFailed,
                                                   tlsFailureText(link->sslErrors, link->alert,
                                                                  socket->errorString(),
                                                                  link->security.tls));
                             break;
                         }
                         link->fail(kind, connectionFailureText(kind, socket->errorString()));
                     });
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setReadBufferSize(readBufferBytes);
    if (!tls) {
        QMetaObject::invokeMethod(
            socket,
            [socket, host = server.host(), port = server.port()] {
                socket->connectToHost(host, port);
            },
            Qt::QueuedConnection);
        return socket;
    }

    auto* ssl = static_cast<QSslSocket*>(socket);
    QObject::connect(ssl, &QSslSocket::encrypted, context, [ssl, link] {
        link->state.encrypted = true;
        link->state.verified = link->security.tls.verify;
        link->transportUp(ssl);
    });
    QObject::connect(ssl, &QSslSocket::sslErrors, context,
                     [link](const QList<QSslError>& errors) { link->sslErrors = errors; });
    QObject::connect(ssl, &QSslSocket::alertReceived, context,
                     [link](QSsl::AlertLevel level, QSsl::AlertType type, const QString&) {
                         if (level == QSsl::AlertLevel::Fatal)
                             link->alert = int(type);
                     });
    ssl->setSslConfiguration(*configuration);
    ssl->setPeerVerifyName(tlsVerifyName(security.tls, server));
    QMetaObject::invokeMethod(
        ssl,
        [ssl, host = server.host(), port = server.port()] {
            ssl->connectToHostEncrypted(host, port);
        },
        Qt::QueuedConnection);
    return socket;
}

} // namespace lockboard
