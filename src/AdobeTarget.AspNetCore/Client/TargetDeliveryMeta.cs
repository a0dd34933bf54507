using AdobeTarget.Delivery;

namespace AdobeTarget;

/// <summary>How a response was decided.</summary>
/// <param name="DecisioningMethod">The decisioning method: <c>server-side</c> for edge calls.</param>
public sealed record TargetDeliveryMeta(DecisioningMethod DecisioningMethod);
