using ICP.Domain.Messaging;
using ICP.Web.Features.Messages;

namespace ICP.Web.Areas.Admin.Controllers;

public sealed record MessagesPage(IReadOnlyList<MessageRow> Messages, DeliveryState? State, string? Reference);
