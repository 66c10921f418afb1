namespace ICP.Domain.Messaging;

/// <summary>Where an e-mail stands in the outbox.</summary>
public enum DeliveryState
{
    Pending,
    Sent,

    /// <summary>Every attempt failed; staff can see why and retry.</summary>
    Failed,
}
