using ICP.Domain.Messaging;
using Xunit;

namespace ICP.UnitTests.Applications;

public sealed class OutboxMessageTests
{
    [Fact]
    public void MarkFailed_BacksOffExponentially_ThenGivesUp()
    {
        var now = new DateTimeOffset(2021, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var message = new OutboxMessage("a@b.example", "Subject", "text", "<p>html</p>", "test", now);

        message.MarkFailed("connection refused", now);
        Assert.Equal(now.AddMinutes(1), message.NextAttemptAt);
        message.MarkFailed("connection refused", now);
        Assert.Equal(now.AddMinutes(2), message.NextAttemptAt);
        for (var i = 2; i < OutboxMessage.MaxAttempts; i++)
        {
            message.MarkFailed("connection refused", now);
        }

        Assert.Equal(DeliveryState.Failed, message.State);
        Assert.False(message.IsDue(now.AddYears(1)));
        message.Retry(now);
        Assert.True(message.IsDue(now));
    }
}
