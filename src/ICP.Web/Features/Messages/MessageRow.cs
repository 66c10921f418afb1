using ICP.Domain.Messaging;

namespace ICP.Web.Features.Messages;

/// <summary>One e-mail of the outbox as the staff list shows it.</summary>
public sealed record MessageRow(
    long Id, DateTimeOffset CreatedAt, string To, string Subject, string Kind, string? Reference, DeliveryState State, int Attempts, DateTimeOffset? SentAt,
    string? LastError, bool CanRetry);
