using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Features.Account;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Staff;


/// <summary><c>/seller/staff</c>: the owner invites colleagues by e-mail; the invitee opens the link,
/// signs in or signs up with that address, and joins as staff.
/// Each use case has its file beside this one: Index, Invite, Join.</summary>
public static partial class StaffInvitations
{
    public const string JoinPathPrefix = "/seller/join/";
}
