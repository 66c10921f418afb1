using MimeKit;

namespace ICP.Infrastructure.Email;

/// <summary>Hands one finished message to its carrier. Failures throw; the outbox retries.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
