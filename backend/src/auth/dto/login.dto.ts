import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { USER_LANGUAGES, type UserLanguage } from '../../organizations/client-user.entity.js';

/** Standard channel: the login and password a manager issued (PIN envelope). */
export class StandardLoginDto {
  @ApiProperty({ example: 'qb123456_abcdefgh' })
  @IsString()
  @Length(1, 100)
  login!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  password!: string;
}

/** The language a client chose in the web app. */
export class LanguageDto {
  @ApiProperty({ enum: USER_LANGUAGES })
  @IsIn(USER_LANGUAGES)
  language!: UserLanguage;
}

/** Light or Mobile: the user's mobile number, the organization's BIN/IIN, and the password. */
export class PhoneLoginDto {
  @ApiProperty({ example: '+77010000011' })
  @IsString()
  @Length(1, 30)
  phone!: string;

  @ApiProperty({ example: '940140000385', description: "The client's BIN (or an entrepreneur's IIN)" })
  @Matches(/^\d{12}$/, { message: 'binIin must be 12 digits' })
  binIin!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  password!: string;

  @ApiProperty({ enum: ['LIGHT', 'MOBILE'], description: 'The channel this session is opened in, for good' })
  @IsIn(['LIGHT', 'MOBILE'])
  channel!: 'LIGHT' | 'MOBILE';
}

export class StaffLoginDto {
  @ApiProperty({ example: 'demo.manager' })
  @IsString()
  @Length(1, 100)
  login!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  currentPassword!: string;

  @ApiProperty({ description: '6 to 10 characters, at least one letter and one digit' })
  @IsString()
  @Length(1, 200)
  newPassword!: string;
}
