using ICP.Domain.Common;
using ICP.Domain.Messaging;
using ICP.Web.Features.Staff;

namespace ICP.Web.Areas.Admin.Controllers;

public sealed record MessagesPage(IReadOnlyList<MessageRow> Messages, DeliveryState? State, string? Reference);
