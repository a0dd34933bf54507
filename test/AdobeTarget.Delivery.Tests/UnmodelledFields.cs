using System.Collections;
using System.Reflection;

namespace AdobeTarget.Delivery.Tests;

/// <summary>
/// Finds fields that landed in <see cref="WireObject.AdditionalProperties"/>: a round trip keeps them, so only this
/// check shows that a spec field was not modelled (or was misnamed).
/// </summary>
internal static class UnmodelledFields
{
    public static List<string> Find(object? value, string path = "$")
    {
        var found = new List<string>();
        Walk(value, path, found);
        return found;
    }

    private static void Walk(object? value, string path, List<string> found)
    {
        switch (value)
        {
            case WireObject wire:
                foreach (var key in wire.AdditionalProperties?.Keys ?? [])
                {
                    found.Add($"{path}.{key}");
                }

                foreach (var property in wire.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.Name != nameof(WireObject.AdditionalProperties) && property.GetIndexParameters().Length == 0)
                    {
                        Walk(property.GetValue(wire), $"{path}.{property.Name}", found);
                    }
                }

                break;
            case IEnumerable items and not string and not IDictionary:
                var index = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{index++}]", found);
                }

                break;
        }
    }
}
