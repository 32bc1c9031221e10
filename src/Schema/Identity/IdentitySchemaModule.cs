using Graph.Engine.Types;
using Graph.Persistence.Identity;
using Graph.Schema.Composition;
using Graph.Schema.Identity.Auth;
using Graph.Schema.Writes;
using static Graph.Persistence.Identity.Role;

namespace Graph.Schema.Identity;

/// <summary>Users (customers and staff) and their addresses. Secrets (password hash, tokens) are never fields.</summary>
public sealed class IdentitySchemaModule : ISchemaModule
{
    public void Configure(SchemaModuleBuilder module)
    {
        module.Node<User>(user => user
            .Hide("passwordHash", "refreshTokens")
            .Describe("fullName", "First and last name joined (seed 001's full_name and staff name).")
            .Describe("roles", "The user's roles; ADMIN replaces is_superuser, any staff role is_staff.")
            .Describe("userType", "Where the account came from: WEB, WHATSAPP, MEDICAL_QUESTIONNAIRE or CHAT.")
            .Describe("lockedUntil", "The account is locked while this is in the future.")
            .Describe("failedLoginAttempts", "Failed logins since the last successful one.")
            .Describe("assignedArea", "The area a collection staff member covers.")
            .Describe("email", "Unique case-insensitively; null for accounts that only have a phone.")
            .RootConnection("users", "Every user: customers and staff.")
            .Describe("collections", "The bookings this staff member collects samples for.")
            .Describe("notifications", "The user's notifications (seed 003); order them by createdAt for the newest first.")
            .Describe("unreadNotificationCount", "How many of the user's notifications are unread; kept by the database.")
            .Connection("addresses", "pets", "bookings", "collections", "notifications")
            .ReadSignedIn()
            .ReadFields(["email", "phone"], [Admin, Collector, Sales, Marketing], "the user themselves", (u, v) => u.Id == v.UserId)
            .ReadFields(["roles", "lastLoginAt", "failedLoginAttempts", "lockedUntil", "unreadNotificationCount"], [Admin], "the user themselves", (u, v) => u.Id == v.UserId)
            // Staff accounts are made by ADMIN (createUser); customers register themselves (register).
            .Write(WriteOperations.Create | WriteOperations.Delete, [Admin])
            .Write(WriteOperations.Update, [Admin], "the user themselves", (u, v) => u.Id == v.UserId)
            .WriteFields(["roles", "userType", "isActive", "assignedArea"], [Admin])
            .WriteFields(["isVerified"], [Admin], "on themselves", (u, v) => u.Id == v.UserId)
            .ServerManaged("lastLoginAt", "failedLoginAttempts", "lockedUntil", "unreadNotificationCount")
            .WriteInput("password", Scalars.String, requiredOnCreate: true, PasswordPolicy.Description, (u, value) =>
            {
                if (value is not string password)
                    return "`password` cannot be null.";
                if (PasswordPolicy.Check(password) is { } refusal)
                    return refusal;
                u.PasswordHash = PasswordHashing.Hash(password);
                return null;
            }));
        module.Node<Address>(address => address
            .Describe("isDefault", "At most one default address per user.")
            .RootConnection("addresses", "Addresses the caller may see: their own; ADMIN and COLLECTOR see every one.")
            .ReadSignedIn()
            .Write(WriteOperations.All, [Admin], "its user", (a, v) => a.UserId == v.UserId)
            .DefaultsToCaller("user"));
        module.HideType<RefreshToken>();
    }
}
