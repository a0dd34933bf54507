using AdobeTarget.Delivery;

namespace AdobeTarget.LocalEdge;

/// <summary>The edge's answer to one delivery request.</summary>
/// <param name="Status">The HTTP status: 200, 204 (beacon) or 400.</param>
/// <param name="Response">The response body, for 200.</param>
/// <param name="ErrorMessage">The <c>message</c> of the <c>{status, message}</c> body, for 400.</param>
public readonly record struct LocalEdgeAnswer(int Status, DeliveryResponse? Response, string? ErrorMessage)
{
    internal static LocalEdgeAnswer BadRequest(string message) => new(400, null, message);
}
